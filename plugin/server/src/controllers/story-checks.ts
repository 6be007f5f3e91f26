import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { parseStoryCheckListQuery } from '../editorial/admin-requests';
import { storyPermissions } from '../editorial/story-permissions';
import { getService } from '../services/get-service';

const storyChecksController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const query = parseStoryCheckListQuery(ctx.query);
    // Only the stories the Content Manager would show this user, headlines only where readable.
    const permissions = storyPermissions(strapi, ctx.state.userAbility);
    const readable = await permissions.readableStoryIds();
    const page = await getService('story-checks', { strapi }).list({ ...query, onlyStories: readable ?? undefined });
    const withHeadline = await permissions.headlineReadable(page.data.map((row) => row.storyDocumentId));
    for (const row of page.data) if (!withHeadline.has(row.storyDocumentId)) row.headline = null;
    ctx.body = page;
  },
});

export default storyChecksController;
