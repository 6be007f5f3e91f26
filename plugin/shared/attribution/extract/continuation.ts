import { ANONYMOUS_PLURALS, PERSON_ROLE_NOUNS } from '../lexicon/roles';
import type { Block } from '../text/layout';
import { namesPlace } from './candidates';
import type { Entity, EntityIndex } from './entities';

/**
 * The news convention that a paragraph that is only a quotation continues the last speaker unless
 * someone else came in between: "“…,” Drobny said.\n\nThe agency has proposed cutting the route.
 * \n\n“These people are not on the bus for a ride.”" A paragraph in between that names nobody but
 * the speaker, and introduces no unnamed person, does not change who is talking.
 */

const INDEFINITE_PERSON = /(?:^|[^\p{L}])(?:[Aa]n?|[Aa]nother|[Oo]ne|[Ss]ome|[Ss]everal|[Tt]wo|[Tt]hree)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)/gu;
const PRONOUN_SUBJECT = /(?:^|[.!?]["”’]?\s+)(He|She|They)\s/gu;
/** A paragraph longer than this is a new passage of the story, not an aside between two quotes. */
const MAX_WORDS = 60;

/** A name the text shows is a place ("Main Street", "Lake Orrin"): it does not speak. */
export function isPlace(entity: Entity): boolean {
  return entity.kind === 'unknown' && namesPlace(entity.name.split(' '));
}

function singular(word: string): string {
  return word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

export function introducesNoOne(masked: string, block: Block, paragraph: number, index: EntityIndex, speaker: Entity | null, gender: 'male' | 'female' | null): boolean {
  const text = masked.slice(block.start, block.end);
  if (/["“”\u0001]/.test(text) || text.split(/\s+/).length > MAX_WORDS) return false;
  for (const m of index.after(block.start, 20)) {
    if (m.paragraph > paragraph) break;
    if (m.paragraph === paragraph && m.entity !== speaker && !isPlace(m.entity)) return false;
  }
  for (const m of text.matchAll(INDEFINITE_PERSON)) {
    const noun = m[1]!;
    if (PERSON_ROLE_NOUNS.has(noun) || PERSON_ROLE_NOUNS.has(singular(noun)) || ANONYMOUS_PLURALS.has(noun)) return false;
  }
  for (const m of text.matchAll(PRONOUN_SUBJECT)) {
    const pronoun = m[1]!;
    if (pronoun === 'They' || (gender === 'male' && pronoun === 'She') || (gender === 'female' && pronoun === 'He')) return false;
  }
  return true;
}
