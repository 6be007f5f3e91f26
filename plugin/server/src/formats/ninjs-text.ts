import type { NinjsText } from './ninjs-types';

/** A one-item list for a non-blank value, else none: ninjs text items require `value`. */
export const textItems = (value: string | null | undefined, role: string, contentType?: string): NinjsText[] =>
  value && value.trim() !== '' ? [{ role, contentType, value }] : [];
