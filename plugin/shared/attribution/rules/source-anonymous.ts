import type { Rule } from '../types';
import { quotedSources } from './quoted-sources';

export const sourceAnonymous: Rule = {
  id: 'SOURCE_ANONYMOUS',
  severity: 'warning',
  description: 'A quoted source is anonymous: the story should say why.',
  check(context) {
    return quotedSources(context)
      .filter(({ source }) => source.kind === 'anonymous')
      .map(({ source, at }) => ({
        code: this.id,
        severity: this.severity,
        message: `The source “${source.name}” is quoted anonymously; say why the source cannot be named.`,
        target: { type: 'source' as const, documentId: source.documentId },
        ...(at ?? {}),
      }));
  },
};
