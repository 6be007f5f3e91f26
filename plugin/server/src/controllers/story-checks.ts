import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';

import type { StoryCheckRecheckResponse } from '../../../shared/contracts/attributions';
import { parseRecheckRequest, parseStoryCheckExportQuery, parseStoryCheckListQuery } from '../editorial/admin-requests';
import { findingsCsv, type CheckedStoryRow } from '../editorial/findings-csv';
import { storyPermissions } from '../editorial/story-permissions';
import { getService } from '../services/get-service';

/** The most stories one CSV export covers: past this, narrow the filters. */
export const MAX_EXPORTED_STORIES = 1000;

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

  /** Checks the selected stories again now (after an engine upgrade, or writes from outside Strapi). */
  async recheck(ctx: Context) {
    const { storyDocumentIds } = parseRecheckRequest(ctx.request.body);
    const permissions = storyPermissions(strapi, ctx.state.userAbility);
    for (const documentId of storyDocumentIds) await permissions.assertMay(documentId, 'read');
    const checks = getService('story-checks', { strapi });
    await checks.refreshMany(storyDocumentIds);
    const body: StoryCheckRecheckResponse = { data: await checks.summaries(storyDocumentIds) };
    ctx.body = body;
  },

  /**
   * Every finding of the stories the list's filters match (sort included, no pagination), as CSV
   * for a standards editor's review. Stories the user may not read in full are left out.
   */
  async exportCsv(ctx: Context) {
    const query = parseStoryCheckExportQuery(ctx.query);
    const permissions = storyPermissions(strapi, ctx.state.userAbility);
    const readable = await permissions.readableStoryIds();
    const summaries = await getService('story-checks', { strapi }).listAll(
      { ...query, onlyStories: readable ?? undefined },
      MAX_EXPORTED_STORIES + 1
    );
    if (summaries.length > MAX_EXPORTED_STORIES) {
      throw new errors.ValidationError(`The filters match more than ${MAX_EXPORTED_STORIES} stories; narrow them to export the findings.`);
    }
    const rows: CheckedStoryRow[] = [];
    for (const summary of summaries) {
      const allowed = await permissions.assertMay(summary.storyDocumentId, 'read').then(
        () => true,
        () => false
      );
      if (!allowed) continue;
      const checked = await getService('findings', { strapi }).checkStory(summary.storyDocumentId);
      if (checked) rows.push({ summary, ...checked });
    }
    const day = new Date().toISOString().slice(0, 10);
    ctx.set('Content-Type', 'text/csv; charset=utf-8');
    ctx.set('Content-Disposition', `attachment; filename="attribution-findings-${day}.csv"`);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = findingsCsv(rows);
  },
});

export default storyChecksController;
