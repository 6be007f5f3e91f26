import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';

import type { SignOffResponse } from '../../../shared/contracts/attributions';
import { toAdminActor } from '../editorial/admin-user';
import { parseSignOffRequest } from '../editorial/admin-requests';
import { storyPermissions } from '../editorial/story-permissions';
import { getService } from '../services/get-service';

const signOffController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async upsert(ctx: Context) {
    const actor = toAdminActor(ctx.state.user);
    if (!actor) throw new errors.UnauthorizedError('Sign-offs need a logged-in admin user.');
    const request = parseSignOffRequest(ctx.request.body);
    const storyDocumentIdOfTarget = await getService('sign-off', { strapi }).storyOf(request.targetType, request.targetDocumentId);
    if (storyDocumentIdOfTarget) await storyPermissions(strapi, ctx.state.userAbility).assertMay(storyDocumentIdOfTarget, 'read');
    const { signOff, storyDocumentId } = await getService('sign-off', { strapi }).record(request, actor);
    if (storyDocumentId) await getService('story-checks', { strapi }).refresh(storyDocumentId);
    const body: SignOffResponse = { data: signOff };
    ctx.body = body;
  },
});

export default signOffController;
