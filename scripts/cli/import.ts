import { extract } from '../../plugin/shared/attribution';
import type { ArticleImportDraft } from '../../plugin/shared/contracts/article-import';
import { draftFromExtraction, fixtureFromDraft } from '../../plugin/server/src/editorial/article-import/article-draft';
import { FixtureError } from '../../plugin/server/src/fixture/schema';
import type { NewsroomServices } from '../../plugin/server/src/services/get-service';
import { withStrapi } from '../lib/strapi';
import { readArticleText } from './article-text';
import { InputError } from './read-input';
import { EXIT_OK, EXIT_USAGE, type Command } from './types';

const EXIT_FAILED = 1;

export const importCommand: Command = {
  name: 'import',
  summary: 'Create a draft story from a news text file, with its quotes, sources, figures and captions for review.',
  usage: 'import FILE           import FILE (headline, blank line, paragraphs) as a draft story',
  async run(args, io) {
    const file = args.find((arg) => !arg.startsWith('-'));
    let draft: ArticleImportDraft;
    try {
      const text = readArticleText(file);
      draft = draftFromExtraction(text, extract(text));
      fixtureFromDraft(draft, file!);
    } catch (error) {
      if (error instanceof InputError || error instanceof FixtureError) {
        io.stderr(`newsroom import: ${error.message}`);
        io.stderr('Nothing was written.');
        return EXIT_USAGE;
      }
      throw error;
    }

    try {
      // The same service as the admin's import (plugin/server/src/editorial/article-import).
      const result = await withStrapi((strapi) => {
        const articleImport = strapi.plugin('newsroom').service('article-import') as NewsroomServices['article-import'];
        return articleImport.create(draft, { origin: file! });
      });
      io.stdout(
        JSON.stringify(
          {
            created: { documentId: result.documentId, slug: result.slug, status: 'draft' },
            quotes: result.quotes,
            unattributedQuotes: draft.quotes.filter((quote) => !quote.speaker).length,
            statistics: result.statistics,
            photoCaptions: result.photoCaptions,
            sourcesCreated: result.sourcesCreated,
            sourcesLinked: result.sourcesLinked,
          },
          null,
          2
        )
      );
      return EXIT_OK;
    } catch (error) {
      io.stderr(`newsroom import: ${(error as Error).message}`);
      io.stderr('Nothing was written.');
      return EXIT_FAILED;
    }
  },
};
