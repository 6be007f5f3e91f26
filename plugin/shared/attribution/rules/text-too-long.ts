import { MAX_CHECKED_CHARACTERS } from '../text/input-cap';
import { docsFor, report } from '../check/report';
import type { Rule } from '../types';

export const textTooLong: Rule = {
  id: 'TEXT_TOO_LONG',
  severity: 'error',
  description: `The body is longer than the ${MAX_CHECKED_CHARACTERS.toLocaleString('en-US')} characters the check reads: the rest is unchecked.`,
  meta: {
    messages: {
      tooLong: 'The body is {{total}} characters long; attributions were checked only up to character {{checked}}. Split the story or shorten it.',
    },
    docs: docsFor('TEXT_TOO_LONG'),
  },
  check({ extraction }) {
    const cut = extraction.truncated;
    if (!cut) return [];
    const data = {
      ...cut,
      maxCharacters: MAX_CHECKED_CHARACTERS,
      total: cut.totalCharacters.toLocaleString('en-US'),
      checked: cut.checkedCharacters.toLocaleString('en-US'),
    };
    return [report(this, 'tooLong', data, { target: { type: 'body' }, start: cut.checkedCharacters, end: cut.totalCharacters })];
  },
};
