import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { NewsroomFixture, SourceFixture, StoryFixture } from '../fixture/schema';
import { paragraphsToBlocks } from '../../../shared/text/paragraphs-to-blocks';
import { slugFromHeadline } from '../utils/slug';
import { withStoryChecksDeferred } from '../editorial/story-check-batch';
import { PHOTO_CAPTION_UID, QUOTE_UID, SOURCE_UID, STATISTIC_UID, STORY_UID, type NewsroomUid } from '../../../shared/constants';

/** pg_advisory_xact_lock key of fixture imports (any fixed 64-bit number; "newsroom" in ASCII). */
export const IMPORT_LOCK_KEY = '7954895654544699245';

export interface StoryImportResult {
  slug: string;
  documentId: string;
  outcome: 'created' | 'unchanged';
}

export type IfStoryExists = 'skip' | 'fail';

export interface ImportOptions {
  /**
   * 'skip' (the seed: a second run changes nothing) or 'fail' (an import of a new article must
   * not silently do nothing).
   */
  ifExists?: IfStoryExists;
  /** The admin user who imports: recorded as creator of every row, as the Content Manager does. */
  adminUserId?: number;
}

export interface FixtureImportReport {
  stories: StoryImportResult[];
  sourcesCreated: number;
}

/**
 * Imports a validated fixture. Each story is written in one transaction with the sources it
 * needs: a failure part-way leaves no row of that story behind. A story whose slug already
 * exists is left exactly as it is (editors may have worked on it), so a second run writes nothing.
 */
const fixtureImport = ({ strapi }: { strapi: Core.Strapi }) => {
  const documents = (uid: NewsroomUid) => strapi.documents(uid);

  /** One import's shared state: its sources by key, what it created, and as whom it writes. */
  interface ImportRun {
    sourcesByKey: Map<string, SourceFixture>;
    counter: { created: number };
    create: (uid: NewsroomUid, data: Record<string, unknown>) => Promise<{ documentId: string }>;
  }

  const startRun = (fixture: NewsroomFixture, adminUserId: number | undefined): ImportRun => {
    const creator = adminUserId === undefined ? {} : { createdBy: adminUserId, updatedBy: adminUserId };
    return {
      sourcesByKey: new Map(fixture.sources.map((source) => [source.key, source])),
      counter: { created: 0 },
      // `as never`: the creator fields are not in the generated data types; the Content Manager passes them the same way.
      create: (uid, data) => documents(uid).create({ data: { ...data, ...creator } as never }),
    };
  };

  const findSourceByName = async (name: string) =>
    documents(SOURCE_UID).findFirst({ filters: { name }, fields: ['documentId'] });

  /** Finds or creates a source (and, first, its affiliation), returning its documentId. */
  const ensureSource = async (key: string, run: ImportRun, resolved: Map<string, string>, visiting = new Set<string>()): Promise<string> => {
    const known = resolved.get(key);
    if (known) return known;
    const source = run.sourcesByKey.get(key)!;
    if (visiting.has(key)) throw new Error(`Source "${key}" is its own affiliation (a cycle).`);
    visiting.add(key);

    const existing = await findSourceByName(source.name);
    let documentId: string;
    if (existing) {
      documentId = existing.documentId;
    } else {
      const affiliation = source.affiliation
        ? await ensureSource(source.affiliation, run, resolved, visiting)
        : null;
      const created = await run.create(SOURCE_UID, {
        name: source.name,
        kind: source.kind,
        title: source.title ?? null,
        description: source.description ?? null,
        affiliation,
      });
      run.counter.created += 1;
      documentId = created.documentId;
    }
    resolved.set(key, documentId);
    return documentId;
  };

  /**
   * Several instances may import at the same moment (each runs the seed on start-up): on
   * PostgreSQL, a transaction-scoped advisory lock makes their imports take turns, so the second
   * one sees the first one's story and sources instead of racing it to a duplicate or a unique
   * violation. Released at commit or rollback. SQLite already serialises writers.
   */
  const takeImportLock = async (trx: { raw: (sql: string, bindings: unknown[]) => Promise<unknown> }) => {
    if (strapi.db.dialect.client === 'postgres') await trx.raw('SELECT pg_advisory_xact_lock(?)', [IMPORT_LOCK_KEY]);
  };

  const importStory = async (story: StoryFixture, run: ImportRun, ifExists: IfStoryExists): Promise<StoryImportResult> => {
    const slug = story.slug ?? slugFromHeadline(story.headline);
    const existing = await documents(STORY_UID).findFirst({ filters: { slug }, fields: ['documentId'] });
    if (existing && ifExists === 'fail') {
      throw new errors.ApplicationError(`A story with the slug "${slug}" already exists (${existing.documentId}).`);
    }
    if (existing) return { slug, documentId: existing.documentId, outcome: 'unchanged' };

    const resolved = new Map<string, string>();
    const source = (key: string | null | undefined) =>
      key ? ensureSource(key, run, resolved) : Promise.resolve(null);

    const storySources: string[] = [];
    for (const key of story.sources) storySources.push((await source(key))!);

    const created = await run.create(STORY_UID, {
      headline: story.headline,
      slug,
      standfirst: story.standfirst ?? null,
      body: paragraphsToBlocks(story.body),
      byline: story.byline ?? null,
      dateline: story.dateline ?? null,
      section: story.section ?? null,
      tags: story.tags,
      sources: storySources,
    });
    const storyId = created.documentId;

    for (const quote of story.quotes) {
      await run.create(QUOTE_UID, {
        text: quote.text,
        speaker: await source(quote.speaker),
        delivery: quote.delivery,
        deliveryNote: quote.deliveryNote ?? null,
        isPartial: quote.isPartial,
        story: storyId,
      });
    }

    // Plain figures first, so that derived ones can point at them.
    const statisticIds = new Map<string, string>();
    const ordered = [...story.statistics].sort((a, b) => Number(Boolean(a.derivation)) - Number(Boolean(b.derivation)));
    for (const statistic of ordered) {
      const row = await run.create(STATISTIC_UID, {
        valueText: statistic.valueText,
        value: statistic.value,
        unit: statistic.unit ?? null,
        measures: statistic.measures,
        period: statistic.period ?? null,
        qualifier: statistic.qualifier,
        source: await source(statistic.source),
        derivation: statistic.derivation?.type ?? null,
        baseline: statistic.derivation ? statisticIds.get(statistic.derivation.baseline) : null,
        comparison: statistic.derivation ? statisticIds.get(statistic.derivation.comparison) : null,
        story: storyId,
      });
      statisticIds.set(statistic.key, row.documentId);
    }

    for (const caption of story.photoCaptions) {
      await run.create(PHOTO_CAPTION_UID, {
        title: caption.title ?? null,
        caption: caption.caption,
        creditLine: caption.creditLine ?? null,
        creator: caption.creator ?? null,
        agency: caption.agency ?? null,
        copyrightNotice: caption.copyrightNotice ?? null,
        altText: caption.altText ?? null,
        peopleShown: caption.peopleShown,
        story: storyId,
      });
    }

    if (story.status === 'published') {
      await documents(STORY_UID).publish({ documentId: storyId });
    }
    return { slug, documentId: storyId, outcome: 'created' };
  };

  return {
    async importFixture(fixture: NewsroomFixture, { ifExists = 'skip', adminUserId }: ImportOptions = {}): Promise<FixtureImportReport> {
      const run = startRun(fixture, adminUserId);
      const stories: StoryImportResult[] = [];
      for (const story of fixture.stories) {
        const result = await strapi.db.transaction(async ({ trx }) => {
          await takeImportLock(trx);
          return withStoryChecksDeferred(strapi, () => importStory(story, run, ifExists));
        });
        stories.push(result);
      }
      return { stories, sourcesCreated: run.counter.created };
    },
  };
};

export default fixtureImport;
