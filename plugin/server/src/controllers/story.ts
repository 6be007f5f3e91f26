import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { parseStoryListQuery, parseStoryQuery, parseStorySlug } from '../utils/public-query';

const storyController = ({ strapi }: { strapi: Core.Strapi }) => {
  const stories = () => strapi.plugin('newsroom').service('published-stories');

  return {
    async find(ctx: any) {
      const { page, pageSize } = parseStoryListQuery(ctx.query);
      ctx.body = await stories().findPage({ page, pageSize });
    },

    async findOne(ctx: any) {
      parseStoryQuery(ctx.query);
      const slug = parseStorySlug(ctx.params.slug);
      const story = await stories().findBySlug(slug);
      if (!story) throw new errors.NotFoundError(`No published story has the slug "${slug}".`);
      ctx.body = { data: story, meta: {} };
    },
  };
};

export default storyController;
