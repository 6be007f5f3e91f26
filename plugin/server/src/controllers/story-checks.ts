import type { Core } from '@strapi/strapi';

import { storyPermissions } from '../platform/story-permissions';
import { parseStoryCheckListQuery } from '../validation/admin-requests';

const storyChecksController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    const query = parseStoryCheckListQuery(ctx.query);
    // Only the stories the Content Manager would show this user, headlines only where readable.
    const permissions = storyPermissions(strapi, ctx.state.userAbility);
    const readable = await permissions.readableStoryIds();
    const page = await strapi.plugin('newsroom').service('story-checks').list({ ...query, onlyStories: readable ?? undefined });
    const withHeadline = await permissions.headlineReadable(page.data.map((row: { storyDocumentId: string }) => row.storyDocumentId));
    for (const row of page.data) if (!withHeadline.has(row.storyDocumentId)) row.headline = null;
    ctx.body = page;
  },
});

export default storyChecksController;
