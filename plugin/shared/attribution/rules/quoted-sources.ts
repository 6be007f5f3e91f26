import type { Source } from '../../contracts/story';
import type { QuoteLocation, RuleContext } from '../types';

/** Each source that speaks in at least one Quote record, once, with where it is first quoted. */
export function quotedSources(context: RuleContext): Array<{ source: Source; at: QuoteLocation | null }> {
  const seen = new Map<string, { source: Source; at: QuoteLocation | null }>();
  for (const q of context.story.quotes) {
    if (!q.speaker) continue;
    const at = context.quoteLocations.get(q.documentId) ?? null;
    const known = seen.get(q.speaker.documentId);
    if (!known) seen.set(q.speaker.documentId, { source: q.speaker, at });
    else if (at && (!known.at || at.start < known.at.start)) known.at = at;
  }
  return [...seen.values()];
}
