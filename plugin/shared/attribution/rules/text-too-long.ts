import { MAX_CHECKED_CHARACTERS } from '../text/input-cap';
import type { Finding, Rule } from '../types';

export const textTooLong: Rule = {
  id: 'TEXT_TOO_LONG',
  severity: 'error',
  description: `The body is longer than the ${MAX_CHECKED_CHARACTERS.toLocaleString('en-US')} characters the check reads: the rest is unchecked.`,
  check({ extraction }) {
    const cut = extraction.truncated;
    if (!cut) return [];
    const finding: Finding = {
      code: this.id,
      severity: this.severity,
      message: `The body is ${cut.totalCharacters.toLocaleString('en-US')} characters long; attributions were checked only up to character ${cut.checkedCharacters.toLocaleString('en-US')}. Split the story or shorten it.`,
      target: { type: 'body' },
      start: cut.checkedCharacters,
      end: cut.totalCharacters,
      data: { ...cut, maxCharacters: MAX_CHECKED_CHARACTERS },
    };
    return [finding];
  },
};
