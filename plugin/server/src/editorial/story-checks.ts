import type { Core } from '@strapi/strapi';

import type {
  StoryCheckListResponse,
  StoryCheckProblemFilter,
  StoryCheckSortField,
  StoryCheckSummary,
  StoryPublication,
} from '../../../shared/contracts/attributions';
import { STORY_CHECK_UID, STORY_UID } from '../../../shared/constants';
import { getService } from '../services/get-service';

export interface StoryCheckListQuery {
  page: number;
  pageSize: number;
  sort: { field: StoryCheckSortField; order: 'asc' | 'desc' };
  publication?: StoryPublication;
  problems?: StoryCheckProblemFilter;
  search?: string;
  /** Only these stories (those the user may read); all when absent. */
  onlyStories?: string[];
}

// `any`: Strapi's query engine returns untyped rows without generated types.
type Row = Record<string, any>;

const toSummary = (row: Row): StoryCheckSummary => ({
  storyDocumentId: row.storyDocumentId,
  headline: row.headline ?? null,
  publication: row.publication,
  errorCount: row.errorCount,
  warningCount: row.warningCount,
  infoCount: row.infoCount,
  checkableCount: row.checkableCount,
  verifiedCount: row.verifiedCount,
  disputedCount: row.disputedCount,
  signOffPercent: row.signOffPercent,
  storyUpdatedAt: row.storyUpdatedAt ? new Date(row.storyUpdatedAt).toISOString() : null,
});

/** Same rule as the Content Manager: a published story whose draft was saved since is "modified". */
const publicationOf = (rows: Row[]): StoryPublication => {
  const draft = rows.find((row) => !row.publishedAt);
  const published = rows.find((row) => row.publishedAt);
  if (!published) return 'draft';
  if (draft && new Date(draft.updatedAt).getTime() !== new Date(published.updatedAt).getTime()) return 'modified';
  return 'published';
};

const PROBLEM_FILTERS: Record<StoryCheckProblemFilter, Row> = {
  errors: { errorCount: { $gt: 0 } },
  warnings: { warningCount: { $gt: 0 } },
  clean: { errorCount: 0, warningCount: 0 },
};

const whereOf = (query: Omit<StoryCheckListQuery, 'page' | 'pageSize' | 'sort'>): Row => ({
  ...(query.publication ? { publication: query.publication } : {}),
  ...(query.problems ? PROBLEM_FILTERS[query.problems] : {}),
  ...(query.search ? { headline: { $containsi: query.search } } : {}),
  ...(query.onlyStories ? { storyDocumentId: { $in: query.onlyStories } } : {}),
});

/**
 * Per-story counts behind the Attributions page. Rows are refreshed by a document middleware
 * when a story or one of its records changes; `fillMissing` covers stories written before the
 * plugin kept counts (or by raw SQL), so the page never runs the checker for every story.
 */
const storyChecks = ({ strapi }: { strapi: Core.Strapi }) => {
  const checks = () => strapi.db.query(STORY_CHECK_UID);

  const refresh = async (storyDocumentId: string): Promise<void> => {
    const checked = await getService('findings', { strapi }).checkStory(storyDocumentId);
    if (!checked) {
      await checks().deleteMany({ where: { storyDocumentId } });
      return;
    }
    const { story, findings } = checked;
    const versions: Row[] = await strapi.db.query(STORY_UID).findMany({
      where: { documentId: storyDocumentId },
      select: ['publishedAt', 'updatedAt'],
    });
    const signOffs = await getService('sign-off', { strapi }).listValid(story);
    const count = (severity: string) => findings.filter((f: { severity: string }) => f.severity === severity).length;
    const checkableCount = story.quotes.length + story.statistics.length;
    const verifiedCount = signOffs.filter((s: { verdict: string }) => s.verdict === 'verified').length;
    const disputedCount = signOffs.length - verifiedCount;
    const data = {
      storyDocumentId,
      headline: story.headline,
      publication: publicationOf(versions),
      errorCount: count('error'),
      warningCount: count('warning'),
      infoCount: count('info'),
      checkableCount,
      verifiedCount,
      disputedCount,
      signOffPercent: checkableCount === 0 ? 100 : Math.floor((signOffs.length / checkableCount) * 100),
      storyUpdatedAt: story.updatedAt ?? versions.find((row) => !row.publishedAt)?.updatedAt ?? null,
    };
    const existing = await checks().findOne({ where: { storyDocumentId }, select: ['id'] });
    if (existing) await checks().update({ where: { id: existing.id }, data });
    else await checks().create({ data });
  };

  const fillMissing = async (): Promise<void> => {
    const stories: Row[] = await strapi.db.query(STORY_UID).findMany({ select: ['documentId'] });
    const known: Row[] = await checks().findMany({ select: ['storyDocumentId'] });
    const storyIds = new Set(stories.map((row) => row.documentId as string));
    const knownIds = new Set(known.map((row) => row.storyDocumentId as string));
    for (const id of storyIds) if (!knownIds.has(id)) await refresh(id);
    const orphans = [...knownIds].filter((id) => !storyIds.has(id));
    if (orphans.length > 0) await checks().deleteMany({ where: { storyDocumentId: { $in: orphans } } });
  };

  return {
    refresh,

    async refreshMany(storyDocumentIds: Iterable<string>): Promise<void> {
      for (const id of new Set(storyDocumentIds)) await refresh(id);
    },

    async remove(storyDocumentId: string): Promise<void> {
      await checks().deleteMany({ where: { storyDocumentId } });
    },

    fillMissing,

    /** Every story matching the page's filters, in its order, up to `limit` (the CSV export). */
    async listAll(query: Omit<StoryCheckListQuery, 'page' | 'pageSize'>, limit: number): Promise<StoryCheckSummary[]> {
      await fillMissing();
      const rows = await checks().findMany({
        where: whereOf(query),
        orderBy: [{ [query.sort.field]: query.sort.order }, { storyDocumentId: 'asc' }],
        limit,
      });
      return rows.map(toSummary);
    },

    /** The rows of these stories, as the list shows them. */
    async summaries(storyDocumentIds: string[]): Promise<StoryCheckSummary[]> {
      const rows = await checks().findMany({ where: { storyDocumentId: { $in: storyDocumentIds } } });
      return rows.map(toSummary);
    },

    async list(query: StoryCheckListQuery): Promise<StoryCheckListResponse> {
      await fillMissing();
      const where = whereOf(query);
      const [rows, total] = await Promise.all([
        checks().findMany({
          where,
          orderBy: [{ [query.sort.field]: query.sort.order }, { storyDocumentId: 'asc' }],
          offset: (query.page - 1) * query.pageSize,
          limit: query.pageSize,
        }),
        checks().count({ where }),
      ]);
      return {
        data: rows.map(toSummary),
        meta: {
          pagination: {
            page: query.page,
            pageSize: query.pageSize,
            pageCount: Math.ceil(total / query.pageSize),
            total,
          },
        },
      };
    },
  };
};

export default storyChecks;
