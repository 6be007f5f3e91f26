import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { SignOffResponse } from '../../../shared/contracts/attributions';
import { storyPermissions } from '../platform/story-permissions';
import { toAdminActor } from '../utils/admin-user';
import { parseSignOffRequest } from '../validation/admin-requests';

const signOffController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async upsert(ctx: any) {
    const actor = toAdminActor(ctx.state.user);
    if (!actor) throw new errors.UnauthorizedError('Sign-offs need a logged-in admin user.');
    const request = parseSignOffRequest(ctx.request.body);
    const newsroom = strapi.plugin('newsroom');
    const storyDocumentIdOfTarget = await newsroom.service('sign-off').storyOf(request.targetType, request.targetDocumentId);
    if (storyDocumentIdOfTarget) await storyPermissions(strapi, ctx.state.userAbility).assertMay(storyDocumentIdOfTarget, 'read');
    const { signOff, storyDocumentId } = await newsroom.service('sign-off').record(request, actor);
    if (storyDocumentId) await newsroom.service('story-checks').refresh(storyDocumentId);
    const body: SignOffResponse = { data: signOff };
    ctx.body = body;
  },
});

export default signOffController;
