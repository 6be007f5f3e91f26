import type { Block } from '../text/layout';
import { learnGenders } from './gender-cues';
import { genderOf, namesPlace, readCandidates, type Candidate } from './candidates';
import { initialsOf, isAcronym, isAcronymOf, looksLikeOrganization, normalizeName } from './names';

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
  /**
   * Read as a person only for its shape, but acts like an institution ("X said in a statement",
   * "X, which operates…"): "the company said" may mean it.
   */
  institutional: boolean;
}

export interface Mention {
  start: number;
  end: number;
  paragraph: number;
  entity: Entity;
  /** The mention is the subject of a speech verb: "Varga said". */
  speaks: boolean;
}

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

  constructor(masked: string, paragraphs: readonly Block[]) {
    const candidates = readCandidates(masked, paragraphs);
    // Full names first, so a bare surname with a title or appositive joins its full name.
    for (const c of candidates) if (c.words.length > 1) this.register(c);
    for (const c of candidates) if (c.words.length === 1 && (c.title || c.appositive)) this.register(c);
    for (const c of candidates) {
      const entity = this.entityFor(c);
      if (entity) this.mentions.push({ start: c.start, end: c.end, paragraph: c.paragraph, entity, speaks: c.speaks });
    }
    learnGenders(masked, paragraphs, this.mentions);
    for (let i = 0, m = 0; i < candidates.length; i++) {
      const c = candidates[i]!;
      if (m < this.mentions.length && this.mentions[m]!.start === c.start) this.noteInstitutional(c, this.mentions[m++]!.entity);
    }
  }

  private create(name: string, kind: EntityKind): Entity {
    const entity: Entity = { id: this.entities.length, name, kind, title: null, affiliation: null, orgNoun: null, gender: null, institutional: false };
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
    if (c.appositive?.kind === 'organization' || c.orgNounAfter || looksLikeOrganization(c.words) || c.ownsRole) return 'organization';
    if (namesPlace(c.words) && !c.title && !c.honorific) return 'unknown';
    if (c.title || c.appositive?.kind === 'person' || c.honorific) return 'person';
    if (genderOf(c.words, null)) return 'person';
    // People have no acronyms: "Passenger Rights Now (PRN)".
    if (c.acronym && c.words.length >= 2 && isAcronymOf(c.acronym, c.name)) return 'organization';
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
      entity.title ??= c.title ?? c.appositive?.title ?? c.roleBefore ?? null;
      entity.affiliation ??= c.prefixAffiliation ?? c.appositive?.affiliation ?? null;
      entity.gender ??= c.honorific ?? genderOf(c.words, null);
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
    return best ?? (tokens.length > 1 ? this.organizationStartingWith(normalized) : null);
  }

  /** "Riverside General" for "Riverside General Hospital": an organization's name, shortened at the end. */
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
