import type { SourceKind } from '../../contracts/story';
import { ORG_NOUN_FAMILIES, PERSON_ROLE_NOUNS } from '../lexicon/roles';
import type { Entity, EntityIndex } from './entities';
import { isAcronymOf, looksLikeOrganization, normalizeName } from './names';
import type { SpeakerRef } from './speaker-phrase';

export interface ResolvedSpeaker {
  name: string;
  kind: SourceKind;
  title: string | null;
  affiliation: string | null;
  confidence: number;
  entity: Entity | null;
}

export interface ResolveContext {
  index: EntityIndex;
  /** Where the attribution phrase is: only what comes before it can be referred back to. */
  position: number;
  paragraph: number;
  /** The last speaker named in the text so far: "he said" most often means them. */
  lastSpeaker: Entity | null;
}

/** Role nouns a description may use for a title it does not repeat: "the U.S. leader" for a President. */
const ROLE_SYNONYMS: Record<string, string[]> = {
  leader: ['president', 'prime minister', 'premier', 'chancellor', 'leader', 'king', 'queen', 'head'],
  chief: ['chief', 'secretary', 'director', 'head', 'commissioner', 'president', 'ceo', 'chair', 'administrator', 'minister'],
  head: ['chief', 'secretary', 'director', 'head', 'commissioner', 'president', 'ceo', 'chair', 'administrator', 'minister'],
  boss: ['chief', 'director', 'head', 'ceo', 'president', 'chair'],
  official: ['official', 'secretary', 'director', 'commissioner', 'administrator', 'officer'],
  spokesperson: ['spokesperson', 'spokesman', 'spokeswoman'],
  spokesman: ['spokesperson', 'spokesman'],
  spokeswoman: ['spokesperson', 'spokeswoman'],
  lawmaker: ['senator', 'representative', 'rep', 'sen', 'congressman', 'congresswoman', 'lawmaker'],
};

const PERSON_WINDOW_PARAGRAPHS = 4;
const ORG_WINDOW_PARAGRAPHS = 6;

function fromEntity(entity: Entity, confidence: number): ResolvedSpeaker {
  return {
    name: entity.name,
    kind: entity.kind === 'organization' ? 'organization' : 'person',
    title: entity.title,
    affiliation: entity.affiliation,
    confidence,
    entity,
  };
}

function genderFits(pronoun: string, entity: Entity): boolean {
  if (pronoun === 'he') return entity.gender !== 'female';
  if (pronoun === 'she') return entity.gender !== 'male';
  return true;
}

function resolvePronoun(pronoun: string, ctx: ResolveContext): ResolvedSpeaker | null {
  if (pronoun === 'he' || pronoun === 'she') {
    let candidate: Entity | null = null;
    let paragraphSpeaker: Entity | null = null;
    const rivals = new Set<Entity>();
    for (const m of ctx.index.before(ctx.position)) {
      if (ctx.paragraph - m.paragraph > PERSON_WINDOW_PARAGRAPHS) break;
      if (m.entity.kind !== 'person' || !genderFits(pronoun, m.entity)) continue;
      if (m.speaks && m.paragraph === ctx.paragraph && !paragraphSpeaker) paragraphSpeaker = m.entity;
      if (!candidate) candidate = m.entity;
      else if (m.entity !== candidate && m.paragraph >= ctx.paragraph - 1) rivals.add(m.entity);
    }
    // "Varga said she had met Nakamura... 'We made changes,' she said": the paragraph's speaker, not the last name.
    if (paragraphSpeaker) return fromEntity(paragraphSpeaker, paragraphSpeaker === candidate && rivals.size === 0 ? 0.9 : 0.8);
    if (!candidate) return null;
    if (rivals.size === 0) return fromEntity(candidate, 0.9);
    if (candidate.gender !== null && [...rivals].every((r) => r.gender !== null && r.gender !== candidate!.gender)) {
      return fromEntity(candidate, 0.85);
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

function orgFit(head: string, modifiers: readonly string[], entity: Entity): number {
  if (entity.kind !== 'organization') return 0;
  const name = normalizeName(entity.name);
  const mods = modifiers.map(normalizeName).filter(Boolean);
  if (mods.length > 0 && !mods.every((m) => name.includes(m) || isAcronymOf(m.toUpperCase(), entity.name))) return 0;
  const nameWords = name.split(' ');
  if (entity.orgNoun === head || nameWords.includes(head)) return 0.85;
  const family = ORG_NOUN_FAMILIES[head];
  const familyNoun = entity.orgNoun ?? [...nameWords].reverse().find((w) => w in ORG_NOUN_FAMILIES);
  const entityFamily = familyNoun ? ORG_NOUN_FAMILIES[familyNoun] : undefined;
  if (family && entityFamily === family) return 0.75;
  if ((head === 'group' || head === 'organization' || head === 'organisation') && entityFamily !== 'government') return 0.7;
  return 0;
}

function roleWords(entity: Entity): string {
  return normalizeName(`${entity.title ?? ''} ${entity.affiliation ?? ''}`);
}

function personFit(head: string, modifiers: readonly string[], entity: Entity): number {
  if (entity.kind !== 'person') return 0;
  const role = roleWords(entity);
  if (!role) return 0;
  const mods = modifiers.map(normalizeName).filter(Boolean);
  const modsMatch =
    mods.length > 0 &&
    mods.every(
      (m) =>
        role.includes(m) ||
        (entity.affiliation !== null && (isAcronymOf(m.toUpperCase(), entity.affiliation) || isAcronymOf(entity.affiliation, m))),
    );
  const roleTokens = ` ${role} `;
  const synonyms = ROLE_SYNONYMS[head] ?? [head];
  const roleMatch = roleTokens.includes(` ${head} `) || synonyms.some((s) => roleTokens.includes(` ${s} `));
  if (modsMatch && roleMatch) return 0.85;
  if (modsMatch) return 0.75;
  if (roleMatch) return mods.length > 0 ? 0.6 : 0.75;
  return 0;
}

/** "the statement said": the text rarely says whose statement next to it, so no guess is made. */
const DOCUMENT_NOUNS = new Set(['statement', 'release', 'letter', 'post', 'email', 'report', 'memo', 'filing', 'announcement']);

function resolveDescription(ref: Extract<SpeakerRef, { type: 'description' }>, ctx: ResolveContext): ResolvedSpeaker | null {
  if (DOCUMENT_NOUNS.has(ref.head)) {
    return null;
  }
  const isPerson = PERSON_ROLE_NOUNS.has(ref.head);
  if (!ref.definite) {
    if (isPerson || ref.plural) {
      const complement = ref.complement?.replace(/^the\s+/i, '') ?? null;
      return {
        name: ref.text,
        kind: 'anonymous',
        title: ref.head,
        affiliation: complement && /^\p{Lu}/u.test(complement) ? complement : null,
        confidence: ref.plural ? 0.7 : 0.85,
        entity: null,
      };
    }
    // "A network of advocacy groups has called on..." then "The call from Alianza Americas, a network...":
    // an unnamed organization named in what follows.
    for (const m of ctx.index.after(ctx.position, 20)) {
      if (m.paragraph > ctx.paragraph + 1) break;
      if (orgFit(ref.head, [], m.entity) >= 0.75) return fromEntity(m.entity, 0.7);
    }
    return null;
  }
  let best: { entity: Entity; score: number } | null = null;
  const window = isPerson ? PERSON_WINDOW_PARAGRAPHS * 2 : ORG_WINDOW_PARAGRAPHS;
  for (const m of ctx.index.before(ctx.position, 80)) {
    if (ctx.paragraph - m.paragraph > window) break;
    const score = isPerson ? personFit(ref.head, ref.modifiers, m.entity) : orgFit(ref.head, ref.modifiers, m.entity);
    if (score > (best?.score ?? 0)) best = { entity: m.entity, score };
    if (score >= 0.85) break;
  }
  return best ? fromEntity(best.entity, best.score) : null;
}

export function resolveSpeaker(ref: SpeakerRef, ctx: ResolveContext): ResolvedSpeaker | null {
  switch (ref.type) {
    case 'pronoun':
      return resolvePronoun(ref.pronoun, ctx);
    case 'description':
      return resolveDescription(ref, ctx);
    case 'name': {
      const entity = ctx.index.lookup(ref.name);
      if (entity) {
        const resolved = fromEntity(entity, 0.95);
        resolved.title ??= ref.title ?? ref.appositive?.title ?? null;
        resolved.affiliation ??= ref.affiliation ?? ref.appositive?.affiliation ?? null;
        return resolved;
      }
      const org = ref.appositive?.kind === 'organization' || looksLikeOrganization(ref.name.split(' '));
      return {
        name: ref.name,
        kind: org ? 'organization' : 'person',
        title: ref.title ?? ref.appositive?.title ?? null,
        affiliation: ref.affiliation ?? ref.appositive?.affiliation ?? null,
        confidence: ref.name.includes(' ') || org ? 0.85 : 0.7,
        entity: null,
      };
    }
  }
}
