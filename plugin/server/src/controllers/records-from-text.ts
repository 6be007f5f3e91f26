import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import type { RecordQuoteResponse, RecordStatisticResponse } from '../../../shared/contracts/attributions';
import { QUOTE_UID, SOURCE_UID, STATISTIC_UID } from '../../../shared/constants';
import { toAdminActor } from '../editorial/admin-user';
import { parseDocumentId, parseQuoteTextRequest, parseRecordQuoteRequest, parseRecordStatisticRequest } from '../editorial/admin-requests';
import { recordPermissions, storyPermissions } from '../editorial/story-permissions';
import { getService } from '../services/get-service';

const creatorOf = (ctx: Context) => {
  const actor = toAdminActor(ctx.state.user);
  return actor ? { createdBy: actor.id, updatedBy: actor.id } : {};
};

/** The side panel's one-click fixes, each under the Content Manager's permissions for what it writes. */
const recordsFromTextController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async recordQuote(ctx: Context) {
    const storyDocumentId = parseDocumentId(ctx.params.documentId);
    const request = parseRecordQuoteRequest(ctx.request.body);
    await storyPermissions(strapi, ctx.state.userAbility).assertMay(storyDocumentId, 'read');
    recordPermissions(strapi, ctx.state.userAbility, QUOTE_UID).assertMayCreate();
    const service = getService('records-from-text', { strapi });
    if (await service.needsNewSource(request.speaker)) recordPermissions(strapi, ctx.state.userAbility, SOURCE_UID).assertMayCreate();
    const body: RecordQuoteResponse = { data: await service.recordQuote(storyDocumentId, request, creatorOf(ctx)) };
    ctx.status = 201;
    ctx.body = body;
  },

  async recordStatistic(ctx: Context) {
    const storyDocumentId = parseDocumentId(ctx.params.documentId);
    const request = parseRecordStatisticRequest(ctx.request.body);
    await storyPermissions(strapi, ctx.state.userAbility).assertMay(storyDocumentId, 'read');
    recordPermissions(strapi, ctx.state.userAbility, STATISTIC_UID).assertMayCreate();
    const service = getService('records-from-text', { strapi });
    if (await service.needsNewSource(request.source)) recordPermissions(strapi, ctx.state.userAbility, SOURCE_UID).assertMayCreate();
    const body: RecordStatisticResponse = { data: await service.recordStatistic(storyDocumentId, request, creatorOf(ctx)) };
    ctx.status = 201;
    ctx.body = body;
  },

  async useWordsFromText(ctx: Context) {
    const quoteDocumentId = parseDocumentId(ctx.params.documentId);
    const { text } = parseQuoteTextRequest(ctx.request.body);
    await recordPermissions(strapi, ctx.state.userAbility, QUOTE_UID).assertMayUpdate(quoteDocumentId);
    const service = getService('records-from-text', { strapi });
    const storyDocumentId = await service.storyOfQuote(quoteDocumentId);
    if (storyDocumentId) await storyPermissions(strapi, ctx.state.userAbility).assertMay(storyDocumentId, 'read');
    await service.useWordsFromText(quoteDocumentId, text, creatorOf(ctx));
    ctx.status = 204;
  },
});

export default recordsFromTextController;
