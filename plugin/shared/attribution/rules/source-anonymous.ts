import { docsFor, report } from '../check/report';
import type { Rule } from '../types';
import { quotedSources } from './quoted-sources';

export const sourceAnonymous: Rule = {
  id: 'SOURCE_ANONYMOUS',
  severity: 'warning',
  description: 'A quoted source is anonymous: the story should say why.',
  meta: {
    messages: { anonymous: 'The source “{{source}}” is quoted anonymously; say why the source cannot be named.' },
    docs: docsFor('SOURCE_ANONYMOUS'),
  },
  check(context) {
    return quotedSources(context)
      .filter(({ source }) => source.kind === 'anonymous')
      .map(({ source, at }) => report(this, 'anonymous', { source: source.name }, { target: { type: 'source', documentId: source.documentId }, ...(at ?? {}) }));
  },
};
