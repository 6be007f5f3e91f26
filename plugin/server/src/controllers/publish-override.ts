import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';

import { toAdminActor } from '../editorial/admin-user';
import { STORY_UID } from '../../../shared/constants';
import { parseDocumentId, parsePublishOverrideRequest } from '../editorial/admin-requests';
import { storyPermissions } from '../editorial/story-permissions';
import { getService } from '../services/get-service';

const publishOverrideController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async publish(ctx: Context) {
    const actor = toAdminActor(ctx.state.user);
    if (!actor) throw new errors.UnauthorizedError('Overrides need a logged-in admin user.');
    // Overriding the guard is on top of, not instead of, the right to publish stories.
    if (!ctx.state.userAbility?.can('plugin::content-manager.explorer.publish', STORY_UID)) {
      throw new errors.PolicyError('You may not publish stories.');
    }
    const documentId = parseDocumentId(ctx.params.documentId);
    // The right to publish this story: the Content Manager's conditions apply to it too.
    await storyPermissions(strapi, ctx.state.userAbility).assertMay(documentId, 'publish');
    const { reason } = parsePublishOverrideRequest(ctx.request.body);
    const result = await getService('publish-guard', { strapi }).publishWithOverride(documentId, reason, actor);
    ctx.body = { data: { documentId, published: true, ...result } };
  },
});

export default publishOverrideController;
