import { parseLayout } from '../text/layout';
import { maskQuotes } from '../text/mask';
import { findHeadlineQuoteSpans, findQuoteSpans } from '../text/quote-marks';
import { checkedLength } from '../text/input-cap';
import { createSentenceLocator } from '../text/sentence-locator';
import { DEFAULT_THRESHOLD, type ExtractOptions, type ExtractedQuote, type ExtractedSource, type Extraction } from '../types';
import { extractCaption } from './captions';
import { EntityIndex } from './entities';
import { normalizeName } from './names';
import { extractQuotes, type QuoteWithEntity } from './quotes';
import { extractStatistics } from './statistics';

function collectSources(quotes: readonly QuoteWithEntity[], statisticSources: readonly (string | null)[]): ExtractedSource[] {
  const seen = new Map<string, ExtractedSource>();
  for (const { quote, resolved } of quotes) {
    if (!resolved || quote.kind !== 'speech') continue;
    const key = normalizeName(resolved.name);
    if (!seen.has(key)) {
      seen.set(key, { name: resolved.name, kind: resolved.kind, title: resolved.title, affiliation: resolved.affiliation });
    }
  }
  for (const name of statisticSources) {
    if (!name || seen.has(normalizeName(name))) continue;
    seen.set(normalizeName(name), { name, kind: 'organization', title: null, affiliation: null });
  }
  return [...seen.values()];
}

function quoteLookup(quotes: readonly ExtractedQuote[]): (pos: number) => ExtractedQuote | null {
  return (pos) => {
    let lo = 0;
    let hi = quotes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = quotes[mid]!;
      if (pos < q.start) hi = mid - 1;
      else if (pos >= q.end) lo = mid + 1;
      else return q;
    }
    return null;
  };
}

/**
 * Reads quotes, their speakers, statistics and a trailing photo caption out of a news text:
 * headline line, blank line, paragraphs separated by blank lines. Offsets point into `text`.
 */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const whole = typeof text === 'string' ? text : '';
  const readTo = checkedLength(whole);
  const input = readTo < whole.length ? whole.slice(0, readTo) : whole;
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const layout = parseLayout(input, { headline: options.headline ?? true, photoCaptions: options.photoCaptions ?? true });
  const spans = findQuoteSpans(input, layout.paragraphs);
  const masked = maskQuotes(input, spans);
  const index = new EntityIndex(masked, layout.paragraphs);
  const quoted = extractQuotes(input, masked, layout.paragraphs, spans, index, threshold);
  const quotes = quoted.map((q) => q.quote);
  const statistics = extractStatistics({
    text: input,
    masked,
    paragraphs: layout.paragraphs,
    sentences: createSentenceLocator(masked, layout.paragraphs),
    index,
    threshold,
    quoteAt: quoteLookup(quotes),
  });
  const headline = layout.headline;
  return {
    headline: headline?.text ?? null,
    quotes,
    sources: collectSources(quoted, statistics.map((s) => s.source)),
    statistics,
    photoCaptions: layout.captionBlock ? [extractCaption(input, layout.captionBlock)] : [],
    headlineQuotes: headline
      ? findHeadlineQuoteSpans(input, headline.start, headline.end).map((s) => ({ ...s, text: input.slice(s.start, s.end) }))
      : [],
    ...(readTo < whole.length ? { truncated: { checkedCharacters: readTo, totalCharacters: whole.length } } : {}),
  };
}
