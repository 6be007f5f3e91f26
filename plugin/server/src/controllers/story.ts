import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';

import { sendConditional } from '../delivery/conditional-response';
import { knownGeneration } from '../delivery/delivery-state';
import { parseStoryListQuery, parseStoryQuery, parseStorySlug } from '../delivery/public-query';
import { getService } from '../services/get-service';

const storyController = ({ strapi }: { strapi: Core.Strapi }) => {
  const stories = () => getService('published-stories', { strapi });

  return {
    async find(ctx: Context) {
      const query = parseStoryListQuery(ctx.query);
      const { data, meta, lastModified } = await stories().findPage(query, { generation: knownGeneration(ctx.req) });
      sendConditional(ctx, { data, meta }, lastModified);
    },

    async findOne(ctx: Context) {
      const { fields } = parseStoryQuery(ctx.query);
      const slug = parseStorySlug(ctx.params.slug);
      const found = await stories().findBySlugWithLastModified(slug, fields, { generation: knownGeneration(ctx.req) });
      if (!found) throw new errors.NotFoundError(`No published story has the slug "${slug}".`);
      sendConditional(ctx, { data: found.story, meta: {} }, found.lastModified);
    },
  };
};

export default storyController;
