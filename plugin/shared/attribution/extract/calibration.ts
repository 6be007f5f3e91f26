import type { ExtractedQuote } from '../types';

/**
 * The engine's raw confidences come from the shape of an attribution; how often each shape is
 * right was measured on real news (PolNeAR train, 840 articles: `npm run eval --
 * ../shared/corpora/polnear/train` prints the table this yields). A speaker read from a pronoun
 * next to the quote, or an organization named there, is right less often than its shape
 * suggests; these raw values are mapped down so that a confidence band means the same thing
 * whatever the shape. The mapping keeps every speaker above the naming threshold (0.5) and runs
 * after extraction, so the reading itself does not change.
 */
const PRONOUN: Record<string, number> = { '0.9': 0.75, '0.85': 0.65, '0.8': 0.7, '0.75': 0.7, '0.7': 0.6, '0.65': 0.6 };
const NAMED_PERSON: Record<string, number> = { '0.7': 0.55, '0.65': 0.55 };
const NAMED_ORGANIZATION: Record<string, number> = { '0.95': 0.7, '0.85': 0.75 };
const INFERRED_PERSON: Record<string, number> = { '0.8': 0.6, '0.75': 0.7 };
const INFERRED_ORGANIZATION: Record<string, number> = { '0.85': 0.55 };

function table(quote: ExtractedQuote): Record<string, number> | null {
  const organization = quote.speakerKind === 'organization';
  switch (quote.attribution) {
    case 'pronoun':
      return PRONOUN;
    case 'named':
      return organization ? NAMED_ORGANIZATION : quote.speakerKind === 'person' ? NAMED_PERSON : null;
    case 'inferred':
      return organization ? INFERRED_ORGANIZATION : quote.speakerKind === 'person' ? INFERRED_PERSON : null;
    default:
      return null;
  }
}

/** The quote's confidence as measured for its kind of attribution. */
export function calibrated(quote: ExtractedQuote): number {
  if (!quote.speaker) return quote.confidence;
  return table(quote)?.[String(quote.confidence)] ?? quote.confidence;
}
