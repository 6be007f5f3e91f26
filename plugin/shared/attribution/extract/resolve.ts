import type { SourceKind } from '../../contracts/story';
import { FEMALE_NOUNS, KIN_NOUNS, MALE_NOUNS } from '../lexicon/kinship';
import { ORG_NOUN_FAMILIES, PERSON_ROLE_NOUNS } from '../lexicon/roles';
import type { Entity, EntityIndex } from './entities';
import { isAcronymOf, looksLikeOrganization, normalizeName } from './names';
import type { DescribedSource, DescribedSources } from './described-sources';
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
  /** Unnamed sources introduced so far ("a senior official at the ministry"): "the official said" means them. */
  described?: DescribedSources;
}

/** Role nouns a description may use for a title it does not repeat: "the French leader" for a President. */
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
/** "she said" for the nearest person the text calls "she", over rivals of unknown gender. */
const KNOWN_NEAREST_FIT = 0.7;
/** "she said" for the one who spoke in the paragraph before, over a fitting name she spoke about. */
const PREVIOUS_SPEAKER_FIT = 0.75;
/** "she said" for the one person the text tied to "she" and who spoke, over rivals of unknown gender who did not. */
const KNOWN_SPEAKER_OVER_UNKNOWN = 0.7;
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

function resolvePronoun(pronoun: string, ctx: ResolveContext): ResolvedSpeaker | null {
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
const INSTITUTIONAL_FIT = 0.6;
/** "the agency said" for an organization whose name says nothing of what it is ("Lakeshore Regional Transit"). */
const UNTYPED_ORG_FIT = 0.65;

function orgFit(head: string, modifiers: readonly string[], entity: Entity): number {
  if (entity.kind === 'person' && entity.institutional && modifiers.length === 0) return INSTITUTIONAL_FIT;
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
  if (!entityFamily && mods.length === 0) return UNTYPED_ORG_FIT;
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
  // "the former chief" is not the chief in office: a modifier that tells roles apart must match.
  if (roleMatch && mods.some((m) => DISTINGUISHING_MODIFIERS.has(m))) return MISMATCHED_ROLE_FIT;
  // "the chief" is the chief in office before "former Police Chief Birgit Fenwick".
  if (roleMatch && mods.length === 0 && role.split(' ').some((w) => DISTINGUISHING_MODIFIERS.has(w))) return QUALIFIED_ROLE_FIT;
  if (roleMatch) return mods.length > 0 ? 0.6 : 0.75;
  return 0;
}

/** Modifiers that set one holder of a role apart from another: "the former chief", "the second official". */
const DISTINGUISHING_MODIFIERS = new Set([
  'former', 'ex', 'then', 'new', 'incoming', 'outgoing', 'interim', 'acting', 'deputy', 'assistant', 'vice',
  'associate', 'second', 'third', 'other', 'retired', 'late', 'previous', 'current',
]);
/** "the chief" for a former chief: still a fit, but below one in office. */
const QUALIFIED_ROLE_FIT = 0.7;
/** Below the default threshold: a role that fits with a modifier that does not. */
const MISMATCHED_ROLE_FIT = 0.4;

/** Documents a description may quote: "the statement said", "the letter added". */
const DOCUMENT_NOUNS = new Set(['statement', 'release', 'letter', 'post', 'email', 'report', 'memo', 'filing', 'announcement']);

/** "the 44-year-old said": the one person the text gave that age. */
const AGE_CONFIDENCE = 0.85;
/** "her father said": whoever the text introduced as that relative. */
const RELATIVE_CONFIDENCE = 0.8;

function resolveDescription(ref: Extract<SpeakerRef, { type: 'description' }>, ctx: ResolveContext): ResolvedSpeaker | null {
  if (ref.age !== undefined) {
    const aged = ctx.index.withAge(ref.age, ctx.position);
    return aged ? fromEntity(aged, AGE_CONFIDENCE) : null;
  }
  if (ref.possessor) {
    const relative = KIN_NOUNS.has(ref.head) ? ctx.index.relative(ref.head, ctx.position) : null;
    return relative ? fromEntity(relative, RELATIVE_CONFIDENCE) : null;
  }
  if (DOCUMENT_NOUNS.has(ref.head)) {
    return ref.definite ? statementIssuer(ref, ctx) : null;
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
    // "A network of advocacy groups has called on..." then "The call from the Tenants Union, a coalition...":
    // an unnamed organization named in what follows.
    for (const m of ctx.index.after(ctx.position, 20)) {
      if (m.paragraph > ctx.paragraph + 1) break;
      if (orgFit(ref.head, [], m.entity) >= 0.75) return fromEntity(m.entity, 0.7);
    }
    return null;
  }
  let best: { entity: Entity; score: number; position: number } | null = null;
  const window = isPerson ? PERSON_WINDOW_PARAGRAPHS * 2 : ORG_WINDOW_PARAGRAPHS;
  // "the teacher said" when two people were introduced as teachers: nobody can tell which.
  let tied = false;
  for (const m of ctx.index.before(ctx.position, 80)) {
    if (ctx.paragraph - m.paragraph > window) break;
    const score = isPerson ? personFit(ref.head, ref.modifiers, m.entity) : orgFit(ref.head, ref.modifiers, m.entity);
    if (score > (best?.score ?? 0)) {
      best = { entity: m.entity, score, position: m.start };
      tied = false;
    } else if (isPerson && best && score === best.score && m.entity !== best.entity && m.entity.kind === 'person') tied = true;
    if (score >= 0.85) break;
  }
  if (tied && best && best.score < 0.85) best = null;
  if (!isPerson) {
    const lede = ledeFit(ref, ctx);
    if (lede && lede.score > (best?.score ?? 0)) best = lede;
  }
  const unnamed = isPerson ? describedSource(ref, ctx, window) : null;
  // The nearer of the two: "a senior official said…" after "Commissioner Ada Wade" is the official.
  if (unnamed && (!best || unnamed.position > best.position)) {
    return { name: unnamed.text, kind: 'anonymous', title: unnamed.head, affiliation: null, confidence: 0.8, entity: null };
  }
  if (!best) return null;
  const resolved = fromEntity(best.entity, best.score);
  // An institution the text never typed is still the organization a description names.
  if (!isPerson) resolved.kind = 'organization';
  return resolved;
}

/** "the company said" for the story's opening subject, when nothing nearer fits better. */
const LEDE_FIT = 0.7;

function ledeFit(ref: Extract<SpeakerRef, { type: 'description' }>, ctx: ResolveContext): { entity: Entity; score: number; position: number } | null {
  const entity = ctx.index.ledeOrganization;
  if (!entity || ref.modifiers.length > 0) return null;
  const family = ORG_NOUN_FAMILIES[ref.head];
  if (!family || family === 'media') return null;
  const typed = orgFit(ref.head, [], entity);
  // "the union said" is not a lede subject the text typed as something else ("Marl Valley Bank").
  const own = familyOf(entity);
  const score = typed >= 0.75 ? typed : own && own !== family ? 0 : LEDE_FIT;
  const first = ctx.index.firstIntroduced(entity);
  return score > 0 && first !== undefined && first < ctx.position ? { entity, score, position: first } : null;
}

function familyOf(entity: Entity): string | undefined {
  const noun = entity.orgNoun ?? [...normalizeName(entity.name).split(' ')].reverse().find((w) => w in ORG_NOUN_FAMILIES);
  return noun ? ORG_NOUN_FAMILIES[noun] : undefined;
}

/** How far back "the statement added" looks for who issued it, and how sure that makes the engine. */
const STATEMENT_WINDOW_PARAGRAPHS = 3;
const STATEMENT_CONFIDENCE = 0.8;

/**
 * "the statement said/added": whoever the text last said issued a statement ("Brightwing said in a
 * statement", "the union issued a statement"). Letters, posts and reports are not traced back.
 */
function statementIssuer(ref: Extract<SpeakerRef, { type: 'description' }>, ctx: ResolveContext): ResolvedSpeaker | null {
  if (!ctx.described || (ref.head !== 'statement' && ref.head !== 'release') || ref.modifiers.length > 1) return null;
  const issuer = ctx.described.lastStatement(ctx.position, ctx.paragraph, STATEMENT_WINDOW_PARAGRAPHS);
  if (!issuer || issuer.ref.type === 'pronoun') return null;
  const resolved = resolveSpeaker(issuer.ref, { ...ctx, position: issuer.position, paragraph: issuer.paragraph });
  return resolved ? { ...resolved, confidence: Math.min(resolved.confidence, STATEMENT_CONFIDENCE) } : null;
}

/** "the official said" / "the second official said": the unnamed source introduced with that noun. */
function describedSource(ref: Extract<SpeakerRef, { type: 'description' }>, ctx: ResolveContext, window: number): DescribedSource | null {
  if (!ctx.described) return null;
  const heads = new Set([ref.head, ...(ROLE_SYNONYMS[ref.head] ?? [])]);
  const modifiers = ref.modifiers.map((m) => m.toLowerCase()).filter(Boolean);
  for (const source of ctx.described.before(ctx.position, ctx.paragraph, window)) {
    if (heads.has(source.head) && modifiers.every((m) => source.words.has(m))) return source;
  }
  return null;
}

export function resolveSpeaker(ref: SpeakerRef, ctx: ResolveContext): ResolvedSpeaker | null {
  switch (ref.type) {
    case 'pronoun':
      return resolvePronoun(ref.pronoun, ctx);
    case 'description':
      return resolveDescription(ref, ctx);
    case 'name': {
      // "Casimir said" when a father and daughter are both Casimir: nobody can tell which.
      const atPosition = ctx.index.nameAt(ctx.position, ref.name);
      if (atPosition === null) return null;
      const entity = atPosition ?? ctx.index.lookup(ref.name);
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
