import { KIN_NOUNS } from '../lexicon/kinship';
import { ORG_NOUN_FAMILIES, PERSON_ROLE_NOUNS } from '../lexicon/roles';
import type { Entity } from './entities';
import { isAcronymOf, normalizeName } from './names';
import type { DescribedSource } from './described-sources';
import type { SpeakerRef } from './speaker-phrase';
import { fromEntity, ORG_WINDOW_PARAGRAPHS, PERSON_WINDOW_PARAGRAPHS, type ResolveContext, type ResolvedSpeaker } from './resolve-context';

/** "the official said", "the company said": which named or described source a description means. */
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

/** Resolves another attribution (a statement's issuer); passed in so this file need not import the resolver. */
export type ResolveRef = (ref: SpeakerRef, ctx: ResolveContext) => ResolvedSpeaker | null;

export function resolveDescription(ref: Extract<SpeakerRef, { type: 'description' }>, ctx: ResolveContext, resolveRef: ResolveRef): ResolvedSpeaker | null {
  if (ref.age !== undefined) {
    const aged = ctx.index.withAge(ref.age, ctx.position);
    return aged ? fromEntity(aged, AGE_CONFIDENCE) : null;
  }
  if (ref.possessor) {
    const relative = KIN_NOUNS.has(ref.head) ? ctx.index.relative(ref.head, ctx.position) : null;
    return relative ? fromEntity(relative, RELATIVE_CONFIDENCE) : null;
  }
  if (DOCUMENT_NOUNS.has(ref.head)) {
    return ref.definite ? statementIssuer(ref, ctx, resolveRef) : null;
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
function statementIssuer(ref: Extract<SpeakerRef, { type: 'description' }>, ctx: ResolveContext, resolveRef: ResolveRef): ResolvedSpeaker | null {
  if (!ctx.described || (ref.head !== 'statement' && ref.head !== 'release') || ref.modifiers.length > 1) return null;
  const issuer = ctx.described.lastStatement(ctx.position, ctx.paragraph, STATEMENT_WINDOW_PARAGRAPHS);
  if (!issuer || issuer.ref.type === 'pronoun') return null;
  const resolved = resolveRef(issuer.ref, { ...ctx, position: issuer.position, paragraph: issuer.paragraph });
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
