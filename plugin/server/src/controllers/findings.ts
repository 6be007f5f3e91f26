import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { errors } from '@strapi/utils';

import type { StoryFindingsResponse } from '../../../shared/contracts/attributions';
import { parseDocumentId } from '../editorial/admin-requests';
import { storyPermissions } from '../editorial/story-permissions';
import { getService } from '../services/get-service';

const findingsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: Context) {
    const documentId = parseDocumentId(ctx.params.documentId);
    await storyPermissions(strapi, ctx.state.userAbility).assertMay(documentId, 'read');
    const checked = await getService('findings', { strapi }).checkStory(documentId);
    if (!checked) throw new errors.NotFoundError(`No story has the documentId "${documentId}".`);
    const body: StoryFindingsResponse = {
      data: {
        story: checked.story,
        findings: checked.findings,
        signOffs: await getService('sign-off', { strapi }).listValid(checked.story),
        publishGuard: getService('publish-guard', { strapi }).mode(),
      },
    };
    ctx.body = body;
  },
});

export default findingsController;
