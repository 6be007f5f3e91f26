import type { Block } from '../text/layout';
import type { Gender, Mention } from './entity-types';

/**
 * Pronouns the text itself ties to a name, for names whose gender no honorific or first-name list
 * gives away: "Kettering said she expected…", "Kiplagat and his team…", "Brekke rolled her eyes",
 * and a sentence about a person followed by one that opens with "He"/"She".
 */

const RELATIVE_OR_APPOSITIVE = String.raw`(?:,\s(?:who|the|a|an|\d{1,3})\b[^.;:"“”\u0001]{0,160}?,)?`;
/** "X said she…", "X, who runs the diner, said that she…". */
const SUBJECT_AFTER_VERB = new RegExp(
  String.raw`^${RELATIVE_OR_APPOSITIVE}\s+(?:also\s+|later\s+)?(?:said|says|told\s+\p{Ll}+|wrote|writes|added|explained|insisted|recalled|announced|acknowledged|admitted|argued|noted|thinks|thought|believes|believed|hopes|hoped|knew|knows|worried|feared)\s+(?:that\s+)?(he|she)\b`,
  'u',
);
/** Past tenses that do not end in -ed: "Brandvold brought her children", "Teller took his bill". */
const IRREGULAR_PAST = 'brought|took|made|gave|left|kept|held|ran|spent|lost|found|sold|built|won|put|set|got|wore|shook|drove|wrote|began|knew|thought|felt|told|sent|lent|bought|raised|hid|rode|sat|stood|threw|tore';
/** "X and his team", "X rolled her eyes", "X, 63, took over the foundry from her father". */
const POSSESSIVE_AFTER = new RegExp(
  String.raw`^${RELATIVE_OR_APPOSITIVE}\s+(?:and|\p{Ll}+(?:ed|s)|${IRREGULAR_PAST})(?:\s+(?:\p{Ll}+\s+){0,3}?(?:from|with|to|for|on|in|at|of|into))?\s+(his|her)\s+(?!(?:for|to|that|the|a|an|and|or|in|on|at|with|about|from|by|of|as|when|after|before|because|if)\b)\p{Ll}`,
  'u',
);
/** The rest of the sentence, then a sentence that opens with a pronoun. */
const NEXT_SENTENCE_PRONOUN = /^[^.!?\n]{0,300}?[.!?]["”’]?\s+(He|She)\s/u;
const SENTENCE_OPENING = /(?:^|[.!?]["”’]?\s+)(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u;
/** "On Friday, Kaszuba walked…": an opening phrase and its comma before the subject. */
const CLAUSE_OPENING = /(?:^|[.!?]["”’]?\s+)[^.!?,;:"“”\u0001]{1,40},\s+$/u;
/** "Her bass player for the past 26 years, Kofi Mensah, arrived…": the name is still the subject. */
const APPOSITIVE_OPENING = /(?:^|[.!?]["”’]?\s+)(?:His|Her|Their|Its|The|A|An)\s[^.!?,;"“”\u0001]{1,80},\s+$/u;

const ANY_PRONOUN = /\b(?:[Hh]e|[Ss]he|his|her)\b/;

/**
 * "Quist ran the department for a decade before she retired": the subject of a clause the
 * sentence's subject opens, with no other name in between.
 */
const SUBORDINATE_PRONOUN = /^[^.!?;"“”\u0001\p{Lu}]{0,160}?[\s,](?:and|but|because|when|after|before|until|while|so|as|although|since|once|if)\s+(he|she)\s+\p{Ll}/u;

function opensSentence(before: string, after: string): boolean {
  const tail = before.slice(-60);
  if (SENTENCE_OPENING.test(tail)) return true;
  // The end-anchored patterns below only apply right after a comma.
  if (!/,\s+$/.test(tail.slice(-3))) return after.startsWith(', ') && APPOSITIVE_OPENING.test(before);
  return CLAUSE_OPENING.test(tail) || (after.startsWith(', ') && APPOSITIVE_OPENING.test(before));
}

function vote(word: string): Gender {
  const w = word.toLowerCase();
  if (w === 'he' || w === 'his') return 'male';
  if (w === 'she' || w === 'her') return 'female';
  return null;
}

/** Sets the gender of people the text ties to exactly one pronoun; leaves the rest unknown. */
export function learnGenders(masked: string, paragraphs: readonly Block[], mentions: readonly Mention[]): void {
  const votes = new Map<Mention['entity'], Set<Gender>>();
  for (const m of mentions) {
    const entity = m.entity;
    if (entity.kind !== 'person' || entity.gender !== null) continue;
    const block = paragraphs[m.paragraph]!;
    const after = masked.slice(m.end, Math.min(block.end, m.end + 320));
    if (!ANY_PRONOUN.test(after)) continue;
    const found =
      SUBJECT_AFTER_VERB.exec(after)?.[1] ??
      POSSESSIVE_AFTER.exec(after)?.[1] ??
      (opensSentence(masked.slice(Math.max(block.start, m.start - 100), m.start), after)
        ? NEXT_SENTENCE_PRONOUN.exec(after)?.[1] ?? SUBORDINATE_PRONOUN.exec(after)?.[1]
        : undefined);
    const gender = found ? vote(found) : null;
    if (!gender) continue;
    const set = votes.get(entity) ?? new Set<Gender>();
    set.add(gender);
    votes.set(entity, set);
  }
  for (const [entity, set] of votes) if (set.size === 1) entity.gender = [...set][0]!;
}
