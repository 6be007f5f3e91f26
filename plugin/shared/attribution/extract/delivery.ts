import type { QuoteDelivery } from '../../contracts/story';

export interface Delivery {
  delivery: QuoteDelivery;
  deliveryNote: string | null;
}

const STATEMENT = /\b(?:in|through|via)\s+(?:a|an|the|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|press release|news release)\b(?:\s+(?:sent|provided|emailed|released|issued|given|posted|published)\s+(?:to|on|online|by|in)\b(?:\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3})?|\s+posted\s+online)?/iu;
const STATEMENT_SENT = /\bstatement\s+(?:sent|provided|emailed|given)\s+to\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3}/u;
const SOCIAL = /\b(?:tweeted|on\s+(?:Twitter|X|Facebook|Instagram|TikTok|Threads|Bluesky|Truth\s+Social|social\s+media)|in\s+an?\s+(?:social[\s-]media\s+|Facebook\s+|Instagram\s+)?post|posted\s+(?:online|on\s+\p{Lu}\p{L}*))\b/u;
const WRITTEN_IN = /\bin\s+an?\s+(?:letter|email|e-mail|op-ed|essay|blog\s+post|memo|filing|report|column|text\s+message)\b/i;
const WRITTEN = /\b(?:wrote|writes|written)\b/i;
const INTERVIEW = /\b(?:in\s+an?\s+(?:[\p{L}-]+\s+)?interview|during\s+an?\s+(?:[\p{L}-]+\s+)?interview)\b(?:\s+with\s+\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3})?/iu;
const TOLD = /\btold\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3}|reporters|a\s+reporter|journalists)/u;
const SPOKEN = /\b(?:said|says|say|told|tells|asked|added|noted|explained|maintained|insisted|argued|replied|responded|continued|recalled|warned|urged|calling|called|defending|defended|describing|described)\b/i;

/** How the words reached the reporter, judged from the attribution around the speech verb. */
export function detectDelivery(window: string): Delivery {
  const found = detect(window);
  return { delivery: found.delivery, deliveryNote: found.deliveryNote?.replace(/[\s.,;:]+$/, '') || null };
}

function detect(window: string): Delivery {
  const statement = STATEMENT.exec(window) ?? STATEMENT_SENT.exec(window);
  if (statement) {
    const note = statement[0].trim();
    // "in a separate statement put online" reached the reporter as a post.
    return { delivery: /\bposted\s+(?:online|on)\b/i.test(note) ? 'social-media' : 'statement', deliveryNote: note };
  }
  const social = SOCIAL.exec(window);
  if (social) return { delivery: 'social-media', deliveryNote: social[0].trim() };
  const writtenIn = WRITTEN_IN.exec(window);
  if (writtenIn) return { delivery: 'written', deliveryNote: writtenIn[0].trim() };
  if (WRITTEN.test(window)) return { delivery: 'written', deliveryNote: null };
  const interview = INTERVIEW.exec(window);
  if (interview) return { delivery: 'interview', deliveryNote: interview[0].trim() };
  const told = TOLD.exec(window);
  if (told) return { delivery: 'spoken', deliveryNote: told[0].trim() };
  if (SPOKEN.test(window)) return { delivery: 'spoken', deliveryNote: null };
  return { delivery: 'unknown', deliveryNote: null };
}
