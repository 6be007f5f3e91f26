import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { ArticleImportDraft, ArticleImportPreviewResponse, ArticleImportResponse } from '../../../../shared/contracts/article-import';
import { SOURCE_UID, STORY_UID } from '../../../../shared/constants';
import { FixtureError } from '../../fixture/schema';
import { getService } from '../../services/get-service';
import { slugFromHeadline } from '../../utils/slug';
import { draftFromExtraction, fixtureFromDraft } from './article-draft';

type Preview = ArticleImportPreviewResponse['data'];
type Created = ArticleImportResponse['data'];

/**
 * Importing an article as a draft story: the admin's import (preview, then create) and the CLI's
 * `newsroom import FILE` both go through here, so they read and write an article the same way.
 */
const articleImport = ({ strapi }: { strapi: Core.Strapi }) => {
  const existingSourcesNamed = async (names: string[]) => {
    if (names.length === 0) return [];
    return strapi.documents(SOURCE_UID).findMany({ filters: { name: { $in: names } }, fields: ['name', 'title'] });
  };

  return {
    /** What the engine reads in the article, as the draft it would create; writes nothing. */
    async preview(text: string, origin: string): Promise<Preview> {
      const extraction = await getService('findings', { strapi }).extractArticle(text);
      const draft = draftFromExtraction(text, extraction);
      const speech = extraction.quotes.filter((quote) => quote.kind === 'speech');

      const existing = await existingSourcesNamed(draft.sources.map((source) => source.name));
      const existingSources: Preview['existingSources'] = {};
      for (const source of draft.sources) {
        const match = existing.find((row) => row.name === source.name);
        if (match) existingSources[source.key] = { documentId: match.documentId, name: match.name, title: (match.title as string | null) ?? null };
      }
      const sameSlug = await strapi
        .documents(STORY_UID)
        .findFirst({ filters: { slug: slugFromHeadline(draft.headline) }, fields: ['headline'] });

      return {
        draft,
        speakerReadings: speech.map((quote) => ({ confidence: quote.confidence, attribution: quote.attribution ?? null })),
        existingSources,
        storyWithSameSlug: sameSlug ? { documentId: sameSlug.documentId, headline: sameSlug.headline as string } : null,
        origin,
      };
    },

    /**
     * Creates the draft story with its quotes, figures, captions and the sources they need, in one
     * transaction: a refusal or a failure part-way writes nothing. Sources are linked by name to
     * existing ones. Throws a 400 naming every field at fault, or the story that has the slug.
     */
    async create(draft: ArticleImportDraft | unknown, { origin, adminUserId }: { origin: string; adminUserId?: number }): Promise<Created> {
      let fixture;
      try {
        fixture = fixtureFromDraft(draft, origin);
      } catch (error) {
        if (error instanceof FixtureError) {
          throw new errors.ValidationError(`The story to import is not valid: ${error.problems.join('; ')}`, { problems: error.problems });
        }
        throw error;
      }
      const [story] = fixture.stories;
      const usedNames = story!.sources.map((key) => fixture.sources.find((source) => source.key === key)!.name);
      const linked = (await existingSourcesNamed(usedNames)).length;

      const report = await getService('fixture-import', { strapi }).importFixture(fixture, { ifExists: 'fail', adminUserId });
      const [result] = report.stories;
      return {
        documentId: result!.documentId,
        slug: result!.slug,
        quotes: story!.quotes.length,
        statistics: story!.statistics.length,
        photoCaptions: story!.photoCaptions.length,
        sourcesCreated: report.sourcesCreated,
        sourcesLinked: linked,
      };
    },
  };
};

export default articleImport;
