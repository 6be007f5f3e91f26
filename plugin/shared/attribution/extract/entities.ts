import {
  FEMALE_FIRST_NAMES,
  FEMALE_HONORIFICS,
  MALE_FIRST_NAMES,
  MALE_HONORIFICS,
  ORG_NOUN_FAMILIES,
  PERSON_ROLE_NOUNS,
} from '../lexicon/roles';
import { startsWithSpeechVerb } from '../lexicon/speech-verbs';
import type { Block } from '../text/layout';
import { readAppositiveAfter } from './appositive';
import {
  CAP_SEQUENCE,
  cutAtSentenceEnd,
  initialsOf,
  isAcronym,
  looksLikeOrganization,
  normalizeName,
  splitTitledName,
  stripPossessive,
  trimNonNameWords,
} from './names';

export type EntityKind = 'person' | 'organization' | 'unknown';
export type Gender = 'male' | 'female' | null;

export interface Entity {
  id: number;
  /** The fullest form the text introduced. */
  name: string;
  kind: EntityKind;
  title: string | null;
  affiliation: string | null;
  /** What an organization is: "network", "agency". */
  orgNoun: string | null;
  gender: Gender;
}

export interface Mention {
  start: number;
  end: number;
  paragraph: number;
  entity: Entity;
  /** The mention is the subject of a speech verb: "Varga said". */
  speaks: boolean;
}

interface Candidate {
  start: number;
  end: number;
  paragraph: number;
  words: string[];
  title: string | null;
  prefixAffiliation: string | null;
  name: string;
  orgNounAfter: string | null;
  appositive: ReturnType<typeof readAppositiveAfter>;
  speaks: boolean;
  honorific: Gender;
  /** Preceded by "in", "at", "near"...: a place more likely than a person. */
  afterPlacePreposition: boolean;
  /** Preceded by a lowercase role noun: "owner Colette Ambrose". */
  afterRoleNoun: boolean;
  /** Followed by ", Texas": a city. */
  followedByPlace: boolean;
}

const SEQUENCE = new RegExp(CAP_SEQUENCE, 'gu');
const PLACE_PREPOSITION = /\b(?:in|at|from|near|to|across|outside|inside|into|of|through|toward|towards)\s+(?:the\s+)?$/i;
const ROLE_BEFORE = PERSON_ROLE_NOUNS;
const ORG_NOUN_AFTER = /^\s+([a-z]+)\b/;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function genderOf(words: readonly string[], title: string | null): Gender {
  for (const t of (title ?? '').toLowerCase().split(/\s+/)) {
    if (MALE_HONORIFICS.has(t)) return 'male';
    if (FEMALE_HONORIFICS.has(t)) return 'female';
  }
  const first = (words[0] ?? '').toLowerCase();
  if (MALE_FIRST_NAMES.has(first)) return 'male';
  if (FEMALE_FIRST_NAMES.has(first)) return 'female';
  return null;
}

function readCandidates(masked: string, paragraphs: readonly Block[]): Candidate[] {
  const candidates: Candidate[] = [];
  paragraphs.forEach((para, paragraph) => {
    const text = masked.slice(para.start, para.end);
    for (const match of text.matchAll(SEQUENCE)) {
      let raw = match[0];
      const rawWords = raw.split(/[ \u00A0]+/);
      // A possessive ends the name: "ICE's operation", "Trump's 2020 re-election team".
      const possessiveAt = rawWords.findIndex((w) => /['’]s?$/.test(w) && w.length > 2);
      const kept = cutAtSentenceEnd(possessiveAt >= 0 ? rawWords.slice(0, possessiveAt + 1) : rawWords);
      const leading = rawWords.length;
      let words = kept.map((w, i) => (i === kept.length - 1 ? stripPossessive(w) : w)).map((w) => w.replace(/[.,]$/, (m) => (isAcronym(w) || /^\p{Lu}\.$/u.test(w) ? m : '')));
      const trimmed = trimNonNameWords(words);
      if (trimmed.length === 0) continue;
      const offsetInMatch = raw.indexOf(trimmed[0]!);
      words = trimmed;
      raw = words.join(' ');
      const start = para.start + match.index + Math.max(0, offsetInMatch);
      const end = start + raw.length;
      const after = masked.slice(end, end + 120);
      const split = splitTitledName(words);
      const orgNounMatch = possessiveAt < 0 || possessiveAt === leading - 1 ? ORG_NOUN_AFTER.exec(after) : null;
      const orgNounAfter = orgNounMatch && orgNounMatch[1]! in ORG_NOUN_FAMILIES ? orgNounMatch[1]! : null;
      candidates.push({
        start,
        end,
        paragraph,
        words: split.name.split(' '),
        title: split.title,
        prefixAffiliation: split.affiliation,
        name: split.name,
        orgNounAfter,
        appositive: masked[end] === ',' ? readAppositiveAfter(masked, end) : null,
        speaks: startsWithSpeechVerb(after),
        honorific: genderOf([], split.title),
        afterPlacePreposition: PLACE_PREPOSITION.test(masked.slice(Math.max(0, start - 12), start)),
        followedByPlace: /^,\s+\p{Lu}[\p{Ll}.]+(?![\p{L}])(?!\s+\p{Lu})/u.test(after),
        afterRoleNoun: ROLE_BEFORE.has((/([\p{Ll}]+)\s+$/u.exec(masked.slice(Math.max(0, start - 30), start)) ?? ['', ''])[1]!),
      });
    }
  });
  return candidates;
}

/** Named people and organizations of a text, and where each is mentioned (outside quotes). */
export class EntityIndex {
  readonly entities: Entity[] = [];
  readonly mentions: Mention[] = [];
  private readonly byName = new Map<string, Entity>();
  private readonly bySurname = new Map<string, Entity[]>();
  private readonly byInitials = new Map<string, Entity[]>();

  constructor(masked: string, paragraphs: readonly Block[]) {
    const candidates = readCandidates(masked, paragraphs);
    // Full names first, so a bare surname with a title or appositive joins its full name.
    for (const c of candidates) if (c.words.length > 1) this.register(c);
    for (const c of candidates) if (c.words.length === 1 && (c.title || c.appositive)) this.register(c);
    for (const c of candidates) {
      const entity = this.entityFor(c);
      if (entity) this.mentions.push({ start: c.start, end: c.end, paragraph: c.paragraph, entity, speaks: c.speaks });
    }
  }

  private create(name: string, kind: EntityKind): Entity {
    const entity: Entity = { id: this.entities.length, name, kind, title: null, affiliation: null, orgNoun: null, gender: null };
    this.entities.push(entity);
    const normalized = normalizeName(name);
    this.byName.set(normalized, entity);
    const tokens = normalized.split(' ');
    if (tokens.length > 1) push(this.bySurname, tokens[tokens.length - 1]!, entity);
    const letters = initialsOf(name);
    if (tokens.length > 1 && letters.length >= 2) {
      push(this.byInitials, letters, entity);
      for (let k = 1; letters.length - k >= 3; k++) push(this.byInitials, letters.slice(k), entity);
    }
    return entity;
  }

  private classify(c: Candidate): EntityKind {
    if (c.appositive?.kind === 'organization' || c.orgNounAfter || looksLikeOrganization(c.words)) return 'organization';
    if (c.title || c.appositive?.kind === 'person' || c.honorific) return 'person';
    if (genderOf(c.words, null)) return 'person';
    if (c.words.length >= 2 && (c.speaks || c.afterRoleNoun)) return 'person';
    // Two or three capitalized words, not after "in"/"at": in news copy, most often a person.
    if (c.words.length >= 2 && c.words.length <= 3 && !c.afterPlacePreposition && !c.followedByPlace) return 'person';
    return 'unknown';
  }

  private register(c: Candidate): void {
    const kind = this.classify(c);
    let name = c.name;
    // "the Trump administration": the organization is the name plus its noun.
    if (c.orgNounAfter && !looksLikeOrganization(c.words) && c.appositive?.kind !== 'organization') {
      name = `${c.name} ${c.orgNounAfter}`;
    }
    const entity = this.lookup(name) ?? this.create(name, kind);
    if (entity.kind === 'unknown') entity.kind = kind;
    if (kind === 'person') {
      entity.title ??= c.title ?? c.appositive?.title ?? null;
      entity.affiliation ??= c.prefixAffiliation ?? c.appositive?.affiliation ?? null;
      entity.gender ??= c.honorific ?? genderOf(c.words, null);
    } else if (kind === 'organization') {
      entity.orgNoun ??= c.appositive?.orgNoun ?? c.orgNounAfter ?? null;
    }
  }

  private entityFor(c: Candidate): Entity | null {
    if (c.orgNounAfter && !looksLikeOrganization(c.words) && c.appositive?.kind !== 'organization') {
      const org = this.byName.get(normalizeName(`${c.name} ${c.orgNounAfter}`));
      if (org) return org;
    }
    const known = this.lookup(c.name);
    if (known) {
      if (known.kind === 'unknown' && c.speaks) known.kind = 'person';
      return known;
    }
    if (isAcronym(c.name)) return this.create(c.name, 'organization');
    if (c.speaks) return this.create(c.name, 'person');
    return null;
  }

  /** The entity a name refers to: exact, by acronym, or by surname ("Chacón" -> "Óscar Chacón"). */
  lookup(name: string): Entity | null {
    const normalized = normalizeName(name);
    if (!normalized) return null;
    const exact = this.byName.get(normalized);
    if (exact) return exact;
    if (isAcronym(name.trim())) {
      const byAcronym = this.byInitials.get(name.replace(/[.&\s]/g, '').toUpperCase());
      if (byAcronym) return byAcronym[0]!;
    }
    const tokens = normalized.split(' ');
    let best: Entity | null = null;
    for (const e of this.bySurname.get(tokens[tokens.length - 1]!) ?? []) {
      const et = normalizeName(e.name).split(' ');
      if (et.length <= tokens.length) continue;
      if (tokens.length > 1 && et[0] !== tokens[0]) continue;
      if (!best || (best.kind !== 'person' && e.kind === 'person')) best = e;
    }
    return best;
  }

  /** Index of the first mention starting at or after pos. */
  private firstAtOrAfter(pos: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Mentions before pos, nearest first, at most `limit` of them. */
  *before(pos: number, limit = 60): Generator<Mention> {
    let i = this.firstAtOrAfter(pos) - 1;
    for (let n = 0; i >= 0 && n < limit; i--, n++) yield this.mentions[i]!;
  }

  /** Mentions at or after pos, nearest first, at most `limit` of them. */
  *after(pos: number, limit = 30): Generator<Mention> {
    let i = this.firstAtOrAfter(pos);
    for (let n = 0; i < this.mentions.length && n < limit; i++, n++) yield this.mentions[i]!;
  }
}
