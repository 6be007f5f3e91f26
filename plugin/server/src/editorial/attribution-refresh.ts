import type { Core, UID } from '@strapi/strapi';

import type { SignOffTargetType } from '../../../shared/contracts/attributions';
import { pendingStoryChecks } from './story-check-batch';
import { PHOTO_CAPTION_UID, QUOTE_UID, SOURCE_UID, STATISTIC_UID, STORY_UID, isDocumentWrite } from '../../../shared/constants';
import { getService } from '../services/get-service';

/** Records that belong to one story; the value is what a sign-off calls them (captions have none). */
const STORY_RECORDS: Record<string, SignOffTargetType | null> = {
  [QUOTE_UID]: 'quote',
  [STATISTIC_UID]: 'statistic',
  [PHOTO_CAPTION_UID]: null,
};

// `any`: Strapi's query engine returns untyped rows without generated types.
type Row = Record<string, any>;

/**
 * Keeps the Attributions page's per-story counts current, and drops sign-offs whose quote or
 * statistic changed, whenever the document service writes a story, one of its records, or a source.
 * Inside `withStoryChecksDeferred` (an import) the re-checks wait for the end of the batch.
 */
export const registerAttributionRefresh = (strapi: Core.Strapi) => {
  const refreshStories = async (ids: Array<string | null | undefined>) => {
    const storyIds = ids.filter((id): id is string => Boolean(id));
    const pending = pendingStoryChecks();
    if (pending) storyIds.forEach((id) => pending.add(id));
    else await getService('story-checks', { strapi }).refreshMany(storyIds);
  };

  const storyOf = async (uid: UID.Schema, documentId: string | undefined): Promise<string | null> => {
    if (!documentId) return null;
    const row = await strapi.db
      .query(uid)
      .findOne({ where: { documentId }, populate: { story: { select: ['documentId'] } } });
    return row?.story?.documentId ?? null;
  };

  const storiesCiting = async (sourceDocumentId: string): Promise<string[]> => {
    const byRelation = { populate: { story: { select: ['documentId'] } } };
    const [quotes, statistics, stories] = await Promise.all([
      strapi.db.query(QUOTE_UID).findMany({ where: { speaker: { documentId: sourceDocumentId } }, ...byRelation }),
      strapi.db.query(STATISTIC_UID).findMany({ where: { source: { documentId: sourceDocumentId } }, ...byRelation }),
      strapi.db.query(STORY_UID).findMany({ where: { sources: { documentId: sourceDocumentId } }, select: ['documentId'] }),
    ]);
    return [
      ...[...quotes, ...statistics].map((row: Row) => row.story?.documentId),
      ...stories.map((row: Row) => row.documentId),
    ].filter(Boolean);
  };

  strapi.documents.use(async (context, next) => {
    if (!isDocumentWrite(context.action)) return next();
    const { documentId } = context.params as { documentId?: string };

    if (context.uid === STORY_UID) {
      const result = await next();
      await refreshStories([documentId, (result as Row | null)?.documentId]);
      return result;
    }

    if (context.uid in STORY_RECORDS) {
      const storyBefore = await storyOf(context.uid, documentId);
      const result = await next();
      const resultId: string | undefined = (result as Row | null)?.documentId;
      const recordId = documentId ?? resultId;
      const signOffType = STORY_RECORDS[context.uid];
      if (signOffType && recordId && context.action !== 'create') {
        await getService('sign-off', { strapi }).clearStale(signOffType, recordId);
      }
      await refreshStories([storyBefore, await storyOf(context.uid, resultId)]);
      return result;
    }

    if (context.uid === SOURCE_UID && documentId && context.action !== 'create') {
      const before = await storiesCiting(documentId);
      const result = await next();
      await refreshStories([...before, ...(await storiesCiting(documentId))]);
      return result;
    }

    return next();
  });
};
