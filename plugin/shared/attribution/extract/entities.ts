import type { Block } from '../text/layout';
import type { Entity, EntityKind, Mention } from './entity-types';
import { learnGenders } from './gender-cues';
import { genderOf, namesPlace, readCandidates, type Candidate } from './candidates';
import { initialsOf, isAcronym, isAcronymOf, looksLikeOrganization, normalizeName } from './names';
import { KIN_NOUNS, nounGender } from '../lexicon/kinship';
import { PERSON_ROLE_NOUNS } from '../lexicon/roles';
import { findRelative, pickByRank, relativeMentions } from './relatives';
import { ledeOrganization, ledeSubject } from './lede-subject';

export type { Entity, EntityKind, Gender, Mention } from './entity-types';

const MAX_PREFIX_SCAN = 400;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Named people and organizations of a text, and where each is mentioned (outside quotes). */
export class EntityIndex {
  readonly entities: Entity[] = [];
  readonly mentions: Mention[] = [];
  private readonly byName = new Map<string, Entity>();
  private readonly bySurname = new Map<string, Entity[]>();
  private readonly byInitials = new Map<string, Entity[]>();
  private readonly byFirstName = new Map<string, Entity[]>();
  /** Where each entity's full name first occurs: a bare surname can only mean someone already introduced. */
  private readonly introducedAt = new Map<Entity, number>();
  /** The person a bare surname meant while they were the only one with it: they keep it. */
  private readonly surnameOwner = new Map<string, Entity>();
  /** What each bare one-word mention was read as, by start: null when several people share it. */
  private readonly bareNames = new Map<number, Entity | null>();
  /** The organization a story opens on by bare name ("Halcyon Northern canceled…"): "the airline" by default. */
  readonly ledeOrganization: Entity | null = null;

  private readonly paragraphStarts: number[];

  private paragraphStart(c: Candidate): number {
    return this.paragraphStarts[c.paragraph] ?? 0;
  }

  constructor(masked: string, paragraphs: readonly Block[]) {
    this.paragraphStarts = paragraphs.map((p) => p.start);
    const candidates = readCandidates(masked, paragraphs);
    // Full names first, so a bare surname with a title or appositive joins its full name.
    for (const c of candidates) if (c.words.length > 1) this.register(c);
    for (const c of candidates) if (c.words.length === 1 && (c.title || c.appositive)) this.register(c);
    for (const c of candidates) {
      const entity = this.entityFor(c);
      if (entity) {
        const possessive = /^['’]s?(?![\p{L}])/u.test(masked.slice(c.end, c.end + 3)) || /['’]s?$/.test(masked.slice(c.start, c.end));
        this.mentions.push({ start: c.start, end: c.end, paragraph: c.paragraph, entity, speaks: c.speaks, ...(possessive ? { possessive } : {}) });
      }
      if (entity && c.kinOwnerBefore) this.noteKinOwner(c, entity);
      if (entity?.kind === 'person' && c.predicateRole) this.notePredicateRole(c.predicateRole, entity);
    }
    learnGenders(masked, paragraphs, this.mentions);
    this.addMentions(relativeMentions(masked, paragraphs, this.entities, this.mentions, (noun, at) => this.relative(noun, at)));
    const lede = ledeSubject(masked, paragraphs[0]);
    this.ledeOrganization = ledeOrganization(lede, masked, this.mentions, {
      known: (name) => this.lookup(name) !== null,
      create: (name, at) => {
        const entity = this.create(name, 'organization');
        this.introducedAt.set(entity, at);
        return entity;
      },
    });
    // "ELDON — Brightloom today announced…": a one-word organization the name scan did not keep.
    if (lede && this.ledeOrganization && !this.mentions.some((m) => m.start === lede.start)) {
      this.addMentions([{ start: lede.start, end: lede.end, paragraph: 0, entity: this.ledeOrganization, speaks: false }]);
    }
    for (let i = 0, m = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      // Mentions added after the name scan ("her son") have no candidate: step over them.
      while (m < this.mentions.length && this.mentions[m]!.start < c.start) m++;
      if (m < this.mentions.length && this.mentions[m]!.start === c.start) this.noteInstitutional(c, this.mentions[m++]!.entity);
    }
  }

  private create(name: string, kind: EntityKind): Entity {
    const entity: Entity = {
      id: this.entities.length, name, kind, title: null, affiliation: null, orgNoun: null, gender: null, institutional: false, kin: null, kinOf: null, age: null,
    };
    this.entities.push(entity);
    const normalized = normalizeName(name);
    this.byName.set(normalized, entity);
    const tokens = normalized.split(' ');
    if (tokens.length > 1) push(this.bySurname, tokens[tokens.length - 1]!, entity);
    if (tokens.length > 1 && kind !== 'organization') push(this.byFirstName, tokens[0]!, entity);
    const letters = initialsOf(name);
    if (tokens.length > 1 && letters.length >= 2) {
      push(this.byInitials, letters, entity);
      for (let k = 1; letters.length - k >= 3; k++) push(this.byInitials, letters.slice(k), entity);
    }
    return entity;
  }

  private classify(c: Candidate): EntityKind {
    if (this.namedAfterPerson(c)) return 'organization';
    if (c.appositive?.kind === 'organization' || c.orgNounAfter || looksLikeOrganization(c.words) || c.ownsRole) return 'organization';
    if (namesPlace(c.words) && !c.title && !c.honorific) return 'unknown';
    // "In the words of Rasmus Pemberton, who owns a hardware store": "who" follows people only.
    if (c.words.length >= 2 && c.whoFollows) return 'person';
    if (c.title || c.appositive?.kind === 'person' || c.honorific) return 'person';
    if (genderOf(c.words, null)) return 'person';
    // People have no acronyms: "Passenger Rights Now (PRN)".
    if (c.acronym && c.words.length >= 2 && isAcronymOf(c.acronym, c.name)) return 'organization';
    if (c.words.length >= 2 && (c.speaks || c.afterRoleNoun)) return 'person';
    // Two or three capitalized words, not after "in"/"at": in news copy, most often a person.
    if (c.words.length >= 2 && c.words.length <= 3 && !c.afterPlacePreposition && !c.followedByPlace) return 'person';
    return 'unknown';
  }

  /** "Molapo Tailoring" after "Thandiwe Molapo": a business named after a person, not a second person. */
  private namedAfterPerson(c: Candidate): boolean {
    if (c.words.length < 2 || c.title || c.honorific || c.appositive?.kind === 'person' || genderOf(c.words, null)) return false;
    const people = this.bySurname.get(normalizeName(c.words[0]!)) ?? [];
    return people.some((p) => p.kind === 'person' && (this.introducedAt.get(p) ?? Infinity) < c.start);
  }

  private register(c: Candidate): void {
    const kind = this.classify(c);
    let name = c.name;
    // "the Smith administration": the organization is the name plus its noun.
    if (c.orgNounAfter && !looksLikeOrganization(c.words) && c.appositive?.kind !== 'organization') {
      name = `${c.name} ${c.orgNounAfter}`;
    }
    const entity = this.lookup(name) ?? this.create(name, kind);
    if (!this.introducedAt.has(entity)) this.introducedAt.set(entity, c.start);
    if (entity.kind === 'unknown') entity.kind = kind;
    if (kind === 'person') {
      entity.title ??= c.title ?? c.appositive?.title ?? c.roleBefore ?? (c.introNoun && !KIN_NOUNS.has(c.introNoun) ? c.introNoun : null);
      entity.affiliation ??= c.prefixAffiliation ?? c.appositive?.affiliation ?? null;
      entity.gender ??= c.honorific ?? genderOf(c.words, null) ?? nounGender(c.appositive?.title) ?? nounGender(c.roleBefore) ?? nounGender(c.kin) ?? nounGender(c.introNoun) ?? nounGender(c.predicateRole);
      entity.kin ??= c.kin;
      entity.age ??= c.age;
    } else if (kind === 'organization') {
      entity.orgNoun ??= c.appositive?.orgNoun ?? c.orgNounAfter ?? null;
    }
    if (c.acronym && kind === 'organization' && !this.byName.has(normalizeName(c.acronym))) this.byName.set(normalizeName(c.acronym), entity);
  }

  /** A name read as a person for its shape alone, that acts like an institution. */
  private noteInstitutional(c: Candidate, entity: Entity): void {
    if (!c.institutional || entity.kind !== 'person' || entity.title || entity.gender || c.honorific) return;
    if (c.appositive?.kind === 'person' || genderOf(c.words, null)) return;
    entity.institutional = true;
  }

  private entityFor(c: Candidate): Entity | null {
    if (c.orgNounAfter && !looksLikeOrganization(c.words) && c.appositive?.kind !== 'organization') {
      const org = this.byName.get(normalizeName(`${c.name} ${c.orgNounAfter}`));
      if (org) return org;
    }
    if (c.words.length === 1 && !c.title) {
      const bare = this.bareName(c);
      if (bare !== undefined) {
        this.bareNames.set(c.start, bare);
        if (bare && bare.kind === 'unknown' && c.speaks) bare.kind = 'person';
        return bare;
      }
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

  /**
   * A one-word name that may be a surname several people share ("Casimir" for a father and
   * daughter) or a first name ("Ileana" for "Ileana Casimir"). Undefined when neither applies.
   */
  private bareName(c: Candidate): Entity | null | undefined {
    const key = normalizeName(c.name);
    const introduced = (e: Entity) => e.kind === 'person' && (this.introducedAt.get(e) ?? Infinity) < c.start;
    const people = (this.bySurname.get(key) ?? []).filter(introduced);
    if (people.length === 1) {
      if (!this.surnameOwner.has(key) && !c.rank) this.surnameOwner.set(key, people[0]!);
      return c.rank && people[0]!.kin === null ? undefined : people[0]!;
    }
    if (people.length > 1) {
      if (c.rank) return pickByRank(people, c.rank);
      const owner = this.surnameOwner.get(key);
      return owner && people.includes(owner) ? owner : null;
    }
    if (this.bySurname.has(key)) return undefined;
    // "the Casimirs": a family, not one of them.
    if (key.endsWith('s') && (this.bySurname.get(key.slice(0, -1)) ?? []).some(introduced)) return null;
    const byFirst = (this.byFirstName.get(key) ?? []).filter(introduced);
    return byFirst.length === 1 ? byFirst[0]! : byFirst.length > 1 ? null : undefined;
  }

  /** Mentions found after the name scan ("her son", the lede's organization), merged in text order. */
  private addMentions(found: readonly Mention[]): void {
    if (found.length === 0) return;
    const merged = [...this.mentions, ...found].sort((a, b) => a.start - b.start);
    this.mentions.splice(0, this.mentions.length, ...merged);
  }

  /** "Delahunt is a former fisherman": a role (and perhaps a gender) for a name met before. */
  private notePredicateRole(role: string, entity: Entity): void {
    if (PERSON_ROLE_NOUNS.has(role) && !KIN_NOUNS.has(role)) entity.title ??= role;
    entity.gender ??= nounGender(role);
  }

  /** "Ileana Casimir and her father, Otto Casimir": Otto is Ileana's father, and "her" tells her gender. */
  private noteKinOwner(c: Candidate, entity: Entity): void {
    const previous = this.mentions[this.mentions.length - (this.mentions[this.mentions.length - 1]?.entity === entity ? 2 : 1)];
    if (!previous || previous.entity === entity || previous.entity.kind !== 'person') return;
    const owner = c.kinOwnerBefore!.toLowerCase();
    const near = previous.paragraph === c.paragraph && c.start - previous.end <= 60;
    // "Her father, Casimir Dunleavy, sat nearby" opening a paragraph: "her" is who the last one was about.
    const pronounOpening = (owner === 'her' || owner === 'his') && previous.paragraph === c.paragraph - 1 && c.start - this.paragraphStart(c) <= 30;
    if (!near && !pronounOpening) return;
    if (pronounOpening && previous.entity.gender !== null && previous.entity.gender !== (owner === 'her' ? 'female' : 'male')) return;
    entity.kinOf ??= previous.entity;
    if (owner === 'her') previous.entity.gender ??= 'female';
    else if (owner === 'his') previous.entity.gender ??= 'male';
  }

  /**
   * How a one-word name at `position` (or just after it) was read: the entity, null when it is
   * ambiguous (two people share the surname), undefined when no such reading was made.
   */
  nameAt(position: number, name: string): Entity | null | undefined {
    const key = normalizeName(name);
    if (key.includes(' ')) return undefined;
    for (let at = position; at < position + 40; at++) {
      if (!this.bareNames.has(at)) continue;
      const m = this.bareNames.get(at);
      return m === null || (m && normalizeName(m.name).split(' ').includes(key)) ? m : undefined;
    }
    return undefined;
  }

  /** Where the entity's full name is first given. */
  firstIntroduced(entity: Entity): number | undefined {
    return this.introducedAt.get(entity);
  }

  /** The entity's full name is first given between `from` and `to`. */
  introducedBetween(entity: Entity, from: number, to: number): boolean {
    const at = this.introducedAt.get(entity);
    return at === undefined || (at >= from && at < to);
  }

  /** "the 44-year-old": the one person introduced before `position` with that age. */
  withAge(age: number, position: number): Entity | null {
    const found = this.entities.filter((e) => e.kind === 'person' && e.age === age && (this.introducedAt.get(e) ?? Infinity) < position);
    return found.length === 1 ? found[0]! : null;
  }

  /** "her father": the relative the text introduced before `position`, when only one fits. */
  relative(noun: string, position: number): Entity | null {
    return findRelative(this.entities, noun, (e) => (this.introducedAt.get(e) ?? Infinity) < position);
  }

  /** The entity a name refers to: exact, by acronym, or by surname ("Sánchez" -> "Ólafur Sánchez"). */
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
    return best ?? (tokens.length > 1 ? this.organizationStartingWith(normalized) : null);
  }

  /** "St. Anne's" for "St. Anne's Hospital": an organization's name, shortened at the end. */
  private organizationStartingWith(normalized: string): Entity | null {
    // A bound on the scan: texts with thousands of names are not news stories.
    if (this.entities.length > MAX_PREFIX_SCAN) return null;
    let found: Entity | null = null;
    for (const e of this.entities) {
      if (e.kind !== 'organization' || !normalizeName(e.name).startsWith(`${normalized} `)) continue;
      if (found) return null;
      found = e;
    }
    return found;
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
