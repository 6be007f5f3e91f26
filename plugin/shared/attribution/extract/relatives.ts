import { inverseKin, KIN_NOUNS, kinRank } from '../lexicon/kinship';
import { startsWithSpeechVerb } from '../lexicon/speech-verbs';
import type { Block } from '../text/layout';
import type { Entity, Mention } from './entity-types';

/**
 * Relatives who share a surname: "Ileana Casimir and her father, Otto Casimir". "the elder
 * Casimir" and "her father said" tell them apart; a bare "Casimir said" does not.
 */

/** -1 when `a` is the elder of the two, 1 when the younger, 0 when the text does not say. */
function compareAge(a: Entity, b: Entity): number {
  const rankOf = (x: Entity, y: Entity) => (x.kinOf === y && x.kin ? kinRank(x.kin) : null);
  const ab = rankOf(a, b);
  if (ab) return ab === 'elder' ? -1 : 1;
  const ba = rankOf(b, a);
  if (ba) return ba === 'elder' ? 1 : -1;
  if (a.age !== null && b.age !== null && a.age !== b.age) return a.age > b.age ? -1 : 1;
  return 0;
}

/** "the elder Lopez": the one the text makes older (or younger) than every other Lopez, or null. */
export function pickByRank(people: readonly Entity[], rank: 'elder' | 'younger'): Entity | null {
  const sign = rank === 'elder' ? -1 : 1;
  const winners = people.filter((p) => people.every((o) => o === p || compareAge(p, o) === sign));
  return winners.length === 1 ? winners[0]! : null;
}

/**
 * "her father said": the one person the text introduced as someone's father, or whose relative
 * the text introduced so that they are a father ("Ludmila Haverly and her son, Nils" -> "his mother").
 */
export function findRelative(entities: readonly Entity[], noun: string, before: (e: Entity) => boolean): Entity | null {
  const found = new Set<Entity>();
  for (const e of entities) {
    if (e.kind !== 'person' || !e.kin || !before(e)) continue;
    if (e.kin === noun) found.add(e);
    if (e.kinOf && e.kinOf.kind === 'person' && inverseKin(e.kin, e.kinOf.gender) === noun) found.add(e.kinOf);
  }
  return found.size === 1 ? [...found][0]! : null;
}

const RELATIVE_PHRASE = new RegExp(String.raw`(?:^|[^\p{L}])([Hh]is|[Hh]er|[Tt]heir) (${[...KIN_NOUNS].join('|')})(?![\p{L}])`, 'gu');

/** "His mother, watching him…", "her son said": mentions of the relatives the text introduced. */
export function relativeMentions(
  masked: string,
  paragraphs: readonly Block[],
  entities: readonly Entity[],
  mentions: readonly Mention[],
  relative: (noun: string, position: number) => Entity | null,
): Mention[] {
  if (!entities.some((e) => e.kin)) return [];
  const found: Mention[] = [];
  const starts = new Set(mentions.map((m) => m.start));
  const named = (from: number, to: number) => {
    for (let at = from; at < to; at++) if (starts.has(at)) return true;
    return false;
  };
  paragraphs.forEach((block, paragraph) => {
    for (const m of masked.slice(block.start, block.end).matchAll(RELATIVE_PHRASE)) {
      const start = block.start + m.index + m[0].length - m[1]!.length - m[2]!.length - 1;
      const end = block.start + m.index + m[0].length;
      const entity = relative(m[2]!, start);
      // "Her father, Otto Casimir": the name right after is already the mention.
      if (!entity || named(start, end + 3)) continue;
      found.push({ start, end, paragraph, entity, speaks: startsWithSpeechVerb(masked.slice(end, end + 40)) });
    }
  });
  return found;
}
