import type { Story } from '../../contracts/story';
import { extract } from '../extract/extract';
import { blocksToText } from '../text/blocks';
import { closestPassage, type Passage } from '../text/diff';
import { normalizeWithMap, originalSpan } from '../text/normalize';
import type { Extraction, QuoteLocation, RuleContext } from '../types';

/** Record text as it should appear in the body: no trailing comma/period, which attribution moves. */
export function comparableQuote(text: string): string {
  return normalizeWithMap(text, { dropDoubleQuotes: true }).text.replace(/[\s.,;:]+$/, '');
}

/** Where a quote's words stand in a text, typography aside (curly or straight quotes, spacing); null when they do not. */
export function locateQuote(quoteText: string, text: string): QuoteLocation | null {
  const wanted = comparableQuote(quoteText);
  if (!wanted) return null;
  const body = normalizeWithMap(text, { dropDoubleQuotes: true });
  const at = body.text.indexOf(wanted);
  return at < 0 ? null : originalSpan(body, at, at + wanted.length);
}

/** Options `check` gives `extract` for a story body: no headline line, no caption block. */
export const BODY_EXTRACT_OPTIONS = { headline: false, photoCaptions: false } as const;

export function buildContext(story: Story, threshold: number, given?: Extraction): RuleContext {
  const text = blocksToText(story.body);
  const extraction = given ?? extract(text, { ...BODY_EXTRACT_OPTIONS, threshold });
  const body = normalizeWithMap(text, { dropDoubleQuotes: true });
  const quoteLocations = new Map<string, QuoteLocation | null>();
  for (const quote of story.quotes ?? []) {
    const wanted = comparableQuote(quote.text ?? '');
    const at = wanted ? body.text.indexOf(wanted) : -1;
    quoteLocations.set(quote.documentId, at < 0 ? null : originalSpan(body, at, at + wanted.length));
  }
  const passages = new Map<string, Passage | null>();
  const closest = (documentId: string): Passage | null => {
    if (!passages.has(documentId)) {
      const record = story.quotes.find((q) => q.documentId === documentId);
      passages.set(documentId, record?.text?.trim() ? closestPassage(record.text, text) : null);
    }
    return passages.get(documentId) ?? null;
  };
  return { story, text, extraction, threshold, quoteLocations, closestPassage: closest };
}
