import { FEMALE_NOUNS, MALE_NOUNS } from '../lexicon/kinship';
import type { Entity } from './entities';
import { fromEntity, PERSON_WINDOW_PARAGRAPHS, type ResolveContext, type ResolvedSpeaker } from './resolve-context';

/** "he said", "they said": who a pronoun in an attribution refers back to. */
/** "she said" for the nearest person the text calls "she", over rivals of unknown gender. */
const KNOWN_NEAREST_FIT = 0.7;
/** "she said" for the one who spoke in the paragraph before, over a fitting name she spoke about. */
const PREVIOUS_SPEAKER_FIT = 0.75;
/** "she said" for the one person the text tied to "she" and who spoke, over rivals of unknown gender who did not. */
const KNOWN_SPEAKER_OVER_UNKNOWN = 0.7;


function genderFits(pronoun: string, entity: Entity): boolean {
  if (pronoun === 'he') return entity.gender !== 'female';
  if (pronoun === 'she') return entity.gender !== 'male';
  return true;
}


/**
 * "A man who lives nearby said he saw the smoke… 'It was black,' he said": an unnamed source
 * introduced after the last named one is who the pronoun means.
 */
function pronounForDescribed(pronoun: string, ctx: ResolveContext, namedAt: number): ResolvedSpeaker | null {
  if (!ctx.described) return null;
  for (const source of ctx.described.before(ctx.position, ctx.paragraph, 1)) {
    if (source.position < namedAt) return null;
    const female = FEMALE_NOUNS.has(source.head);
    const male = MALE_NOUNS.has(source.head);
    if ((pronoun === 'he' && female) || (pronoun === 'she' && male)) continue;
    const confidence = female || male ? 0.8 : 0.7;
    return { name: source.text, kind: 'anonymous', title: source.head, affiliation: null, confidence, entity: null };
  }
  return null;
}

export function resolvePronoun(pronoun: string, ctx: ResolveContext): ResolvedSpeaker | null {
  if (pronoun === 'he' || pronoun === 'she') {
    let candidate: Entity | null = null;
    let candidateAt = -1;
    let paragraphSpeaker: Entity | null = null;
    // The subject who spoke in the paragraph before, and whether anyone fitting was named in this one.
    let previousSpeaker: Entity | null = null;
    let previousSpeakerOnly = true;
    let namedHere = false;
    const rivals = new Set<Entity>();
    const speakers = new Set<Entity>();
    for (const m of ctx.index.before(ctx.position)) {
      if (ctx.paragraph - m.paragraph > PERSON_WINDOW_PARAGRAPHS) break;
      if (m.entity.kind !== 'person' || !genderFits(pronoun, m.entity)) continue;
      if (m.speaks && m.paragraph === ctx.paragraph && !paragraphSpeaker) paragraphSpeaker = m.entity;
      if (m.paragraph === ctx.paragraph) namedHere = true;
      if (m.paragraph === ctx.paragraph - 1) {
        if (m.speaks && !previousSpeaker) previousSpeaker = m.entity;
        else if (m.speaks && m.entity !== previousSpeaker) previousSpeakerOnly = false;
      }
      if (m.speaks) speakers.add(m.entity);
      if (!candidate) {
        candidate = m.entity;
        candidateAt = m.start;
      } else if (m.entity !== candidate && m.paragraph >= ctx.paragraph - 1 && !m.possessive) rivals.add(m.entity);
    }
    const unnamed = pronounForDescribed(pronoun, ctx, candidateAt);
    // "'As president?' a reporter called after him. 'As president,' he said": a questioner whose
    // noun tells no gender does not take the pronoun from the person who has been answering.
    if (unnamed && !(unnamed.confidence < 0.8 && candidate && candidate === ctx.lastSpeaker)) return unnamed;
    // "Adler said she had met Quaid... 'We agreed on little,' she said": the paragraph's speaker, not the last name.
    if (paragraphSpeaker) return fromEntity(paragraphSpeaker, paragraphSpeaker === candidate && rivals.size === 0 ? 0.9 : 0.8);
    if (!candidate) return null;
    if (rivals.size === 0) return fromEntity(candidate, 0.9);
    // "Moretti said she had asked Berg for the figures." / "'I didn't believe them,' she said":
    // the one who spoke in the paragraph before, not the person she spoke about.
    if (previousSpeaker && previousSpeakerOnly && !namedHere && previousSpeaker !== candidate) return fromEntity(previousSpeaker, PREVIOUS_SPEAKER_FIT);
    if (candidate.gender !== null && [...rivals].every((r) => r.gender !== null && r.gender !== candidate!.gender)) {
      return fromEntity(candidate, 0.85);
    }
    // "Thorne is the harbor master. She led the campaign." / "'…,' she said": the nearest, whom the text
    // calls "she", over people it never gave a gender.
    if (candidate.gender !== null && [...rivals].every((r) => r.gender === null)) return fromEntity(candidate, KNOWN_NEAREST_FIT);
    // "Kettering said she expected…" then a baker nobody quoted: the one the text tied to "she", and who spoke.
    const fitting = [candidate, ...rivals];
    const known = fitting.filter((e) => e.gender !== null && speakers.has(e));
    if (known.length === 1 && fitting.every((e) => e === known[0] || (e.gender === null && !speakers.has(e)))) {
      return fromEntity(known[0]!, KNOWN_SPEAKER_OVER_UNKNOWN);
    }
    return fromEntity(candidate, candidate === ctx.lastSpeaker ? 0.75 : 0.4);
  }
  // "it"/"they"/"we": an organization speaking.
  for (const m of ctx.index.before(ctx.position, 30)) {
    if (ctx.paragraph - m.paragraph > 1) break;
    if (m.entity.kind === 'organization') return fromEntity(m.entity, pronoun === 'they' ? 0.55 : 0.6);
  }
  return null;
}

/** "the company said" for a name that acted like one ("Acme Foods said in a statement"). */
