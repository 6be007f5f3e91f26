import type { Rule } from '../types';
import { quotedSources } from './quoted-sources';

export const sourceIncomplete: Rule = {
  id: 'SOURCE_INCOMPLETE',
  severity: 'warning',
  description: 'A quoted person has neither a title nor an affiliation.',
  check(context) {
    return quotedSources(context)
      .filter(({ source }) => source.kind === 'person' && !source.title?.trim() && !source.affiliation)
      .map(({ source, at }) => ({
        code: this.id,
        severity: this.severity,
        message: `${source.name} is quoted without a title or affiliation; tell readers who they are.`,
        target: { type: 'source' as const, documentId: source.documentId },
        ...(at ?? {}),
      }));
  },
};
