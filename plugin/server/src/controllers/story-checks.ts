import type { Core } from '@strapi/strapi';

import { parseStoryCheckListQuery } from '../validation/admin-requests';

const storyChecksController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    const query = parseStoryCheckListQuery(ctx.query);
    ctx.body = await strapi.plugin('newsroom').service('story-checks').list(query);
  },
});

export default storyChecksController;
