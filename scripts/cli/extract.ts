import { extract } from '../../plugin/shared/attribution';
import { InputError, readInput } from './read-input';
import { EXIT_OK, EXIT_USAGE, type Command } from './types';

export const extractCommand: Command = {
  name: 'extract',
  summary: 'Extract quotes, speakers, statistics and photo captions from a news text file.',
  usage: 'extract FILE          print the extraction of FILE (headline, blank line, paragraphs) as JSON',
  run(args, io) {
    try {
      const text = readInput(io, args.find((a) => !a.startsWith('-')));
      io.stdout(JSON.stringify(extract(text), null, 2));
      return EXIT_OK;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr(`newsroom extract: ${error.message}`);
      return EXIT_USAGE;
    }
  },
};
