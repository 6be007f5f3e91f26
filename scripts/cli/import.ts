import { extract } from '../../plugin/shared/attribution';
import { fixtureFromExtraction } from '../../plugin/server/src/fixture/from-extraction';
import { FixtureError, parseFixture } from '../../plugin/server/src/fixture/schema';
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
    let fixture;
    try {
      const text = readArticleText(file);
      fixture = parseFixture(file!, fixtureFromExtraction(text, extract(text)));
    } catch (error) {
      if (error instanceof InputError || error instanceof FixtureError) {
        io.stderr(`newsroom import: ${error.message}`);
        io.stderr('Nothing was written.');
        return EXIT_USAGE;
      }
      throw error;
    }

    const story = fixture.stories[0]!;
    try {
      const report = await withStrapi(async (strapi) => {
        const newsroom = strapi.plugin('newsroom');
        return newsroom.service('fixture-import').importFixture(fixture, { ifExists: 'fail' });
      });
      const [result] = report.stories;
      io.stdout(
        JSON.stringify(
          {
            created: { documentId: result.documentId, slug: result.slug, status: 'draft' },
            quotes: story.quotes.length,
            unattributedQuotes: story.quotes.filter((quote) => !quote.speaker).length,
            statistics: story.statistics.length,
            photoCaptions: story.photoCaptions.length,
            sourcesCreated: report.sourcesCreated,
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
