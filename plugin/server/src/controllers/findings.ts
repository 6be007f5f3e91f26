import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { StoryFindingsResponse } from '../../../shared/contracts/attributions';
import { storyPermissions } from '../platform/story-permissions';
import { parseDocumentId } from '../validation/admin-requests';

const findingsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async findOne(ctx: any) {
    const documentId = parseDocumentId(ctx.params.documentId);
    await storyPermissions(strapi, ctx.state.userAbility).assertMay(documentId, 'read');
    const newsroom = strapi.plugin('newsroom');
    const checked = await newsroom.service('findings').checkStory(documentId);
    if (!checked) throw new errors.NotFoundError(`No story has the documentId "${documentId}".`);
    const body: StoryFindingsResponse = {
      data: {
        story: checked.story,
        findings: checked.findings,
        signOffs: await newsroom.service('sign-off').listValid(checked.story),
        publishGuard: newsroom.service('publish-guard').mode(),
      },
    };
    ctx.body = body;
  },
});

export default findingsController;
