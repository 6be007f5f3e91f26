import { createHash } from 'crypto';

import type { SignOffTargetType } from '../../../shared/contracts/attributions';

/**
 * What a sign-off vouches for: a quote's words and speaker, a statistic's value and source.
 * When these change, the fingerprint changes and the sign-off no longer counts.
 */
export interface SignOffSubject {
  targetType: SignOffTargetType;
  /** Quote text, or statistic value. */
  content: string | number | null | undefined;
  /** Speaker's or source's documentId. */
  sourceDocumentId: string | null | undefined;
}

const canonical = ({ targetType, content, sourceDocumentId }: SignOffSubject) =>
  JSON.stringify([
    targetType,
    targetType === 'statistic' ? String(Number(content)) : String(content ?? ''),
    sourceDocumentId ?? null,
  ]);

export const signOffFingerprint = (subject: SignOffSubject): string =>
  createHash('sha256').update(canonical(subject)).digest('hex');
