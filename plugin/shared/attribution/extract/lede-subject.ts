import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, NOT_NAME_WORDS } from '../lexicon/roles';
import type { Block } from '../text/layout';
import type { Entity, Mention } from './entity-types';
import { normalizeName } from './names';

/**
 * The subject of a story's opening sentence when it is a bare name doing something:
 * "Halcyon Northern canceled more than 60 flights on Tuesday…", "ELDON — Brightloom today
 * announced…". News copy introduces people with a title, an age or a description, and refers to
 * them by surname afterwards; a bare name opening the story with neither is most often the
 * company or agency the story is about, the one "the airline said" later means.
 */

export interface LedeSubject {
  start: number;
  end: number;
  name: string;
}

const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .,'’-]*(?:\([^()\n]{1,40}\)\s*)?[—–]\s*/u;
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’&-]*`;
const SUBJECT = new RegExp(
  String.raw`^(${NAME_WORD}(?:[ \u00A0]${NAME_WORD}){0,3})\s+(?:(?:today|yesterday|on\s+\p{Lu}\p{Ll}+|late\s+\p{Lu}\p{Ll}+)\s+)?(\p{Ll}+)\b`,
  'u',
);
const VERB_WORDS = new Set(['will', 'has', 'had', 'is', 'was', 'plans', 'cut', 'shut', 'put', 'set', 'began', 'won', 'lost', 'took', 'made', 'gave', 'left']);

function looksLikeVerb(word: string): boolean {
  return VERB_WORDS.has(word) || /(?:ed|es|s)$/.test(word);
}

export function ledeSubject(masked: string, first: Block | undefined): LedeSubject | null {
  if (!first) return null;
  const text = masked.slice(first.start, Math.min(first.end, first.start + 300));
  const lead = DATELINE.exec(text)?.[0].length ?? 0;
  const match = SUBJECT.exec(text.slice(lead));
  if (!match || !looksLikeVerb(match[2]!)) return null;
  const words = match[1]!.split(/[ \u00A0]/);
  const firstWord = words[0]!.toLowerCase();
  if (NOT_NAME_WORDS.has(firstWord) || MALE_FIRST_NAMES.has(firstWord) || FEMALE_FIRST_NAMES.has(firstWord)) return null;
  const start = first.start + lead;
  return { start, end: start + match[1]!.length, name: match[1]! };
}

export interface LedeHost {
  /** A name the text already knows. */
  known(name: string): boolean;
  /** Registers a new organization first named at `at`. */
  create(name: string, at: number): Entity;
}

/**
 * The lede's bare-name subject as an organization, unless the text shows it is a person: a title,
 * a gender, a relative, an age, or a later mention by surname alone ("Vass said").
 */
export function ledeOrganization(lede: LedeSubject | null, masked: string, mentions: readonly Mention[], host: LedeHost): Entity | null {
  if (!lede) return null;
  const mention = mentions.find((m) => m.start === lede.start);
  if (!mention) return /[ \u00A0]/.test(lede.name) || host.known(lede.name) ? null : host.create(lede.name, lede.start);
  const entity = mention.entity;
  if (entity.kind === 'organization') return entity;
  if (entity.kind !== 'person' || entity.title || entity.gender || entity.kin || entity.age !== null || entity.affiliation) return null;
  const bare = mentions.some((m) => m.entity === entity && !/[ \u00A0]/.test(masked.slice(m.start, m.end)));
  if (bare || normalizeName(entity.name) !== normalizeName(lede.name)) return null;
  entity.kind = 'organization';
  return entity;
}
