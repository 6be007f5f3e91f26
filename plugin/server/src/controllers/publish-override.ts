import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import { storyPermissions } from '../platform/story-permissions';
import { toAdminActor } from '../utils/admin-user';
import { STORY_UID } from '../utils/uids';
import { parseDocumentId, parsePublishOverrideRequest } from '../validation/admin-requests';

const publishOverrideController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async publish(ctx: any) {
    const actor = toAdminActor(ctx.state.user);
    if (!actor) throw new errors.UnauthorizedError('Overrides need a logged-in admin user.');
    // Overriding the guard is on top of, not instead of, the right to publish stories.
    if (!ctx.state.userAbility?.can('plugin::content-manager.explorer.publish', STORY_UID)) {
      throw new errors.ForbiddenError('You may not publish stories.');
    }
    const documentId = parseDocumentId(ctx.params.documentId);
    // The right to publish this story: the Content Manager's conditions apply to it too.
    await storyPermissions(strapi, ctx.state.userAbility).assertMay(documentId, 'publish');
    const { reason } = parsePublishOverrideRequest(ctx.request.body);
    const result = await strapi.plugin('newsroom').service('publish-guard').publishWithOverride(documentId, reason, actor);
    ctx.body = { data: { documentId, published: true, ...result } };
  },
});

export default publishOverrideController;
