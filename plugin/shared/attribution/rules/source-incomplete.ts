import { docsFor, report } from '../check/report';
import type { Rule } from '../types';
import { quotedSources } from './quoted-sources';

export const sourceIncomplete: Rule = {
  id: 'SOURCE_INCOMPLETE',
  severity: 'warning',
  description: 'A quoted person has neither a title nor an affiliation.',
  meta: {
    messages: { noTitle: '{{source}} is quoted without a title or affiliation; tell readers who they are.' },
    docs: docsFor('SOURCE_INCOMPLETE'),
  },
  check(context) {
    return quotedSources(context)
      .filter(({ source }) => source.kind === 'person' && !source.title?.trim() && !source.affiliation)
      .map(({ source, at }) => report(this, 'noTitle', { source: source.name }, { target: { type: 'source', documentId: source.documentId }, ...(at ?? {}) }));
  },
};
