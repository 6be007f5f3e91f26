import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { sendConditional } from '../utils/conditional-response';
import { parseStoryListQuery, parseStoryQuery, parseStorySlug } from '../utils/public-query';

const storyController = ({ strapi }: { strapi: Core.Strapi }) => {
  const stories = () => strapi.plugin('newsroom').service('published-stories');

  return {
    async find(ctx: any) {
      const query = parseStoryListQuery(ctx.query);
      const { data, meta, lastModified } = await stories().findPage(query);
      sendConditional(ctx, { data, meta }, lastModified);
    },

    async findOne(ctx: any) {
      const { fields } = parseStoryQuery(ctx.query);
      const slug = parseStorySlug(ctx.params.slug);
      const found = await stories().findBySlugWithLastModified(slug, fields);
      if (!found) throw new errors.NotFoundError(`No published story has the slug "${slug}".`);
      sendConditional(ctx, { data: found.story, meta: {} }, found.lastModified);
    },
  };
};

export default storyController;
