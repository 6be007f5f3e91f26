import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { parseStoryCheckListQuery } from '../editorial/admin-requests';
import { getService } from '../services/get-service';

const storyChecksController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const query = parseStoryCheckListQuery(ctx.query);
    ctx.body = await getService('story-checks', { strapi }).list(query);
  },
});

export default storyChecksController;
