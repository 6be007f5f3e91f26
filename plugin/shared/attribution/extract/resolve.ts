/** Who an attribution phrase names: a name, a pronoun or a description, resolved against the entity index. */
import { looksLikeOrganization } from './names';
import type { SpeakerRef } from './speaker-phrase';
import { fromEntity, type ResolveContext, type ResolvedSpeaker } from './resolve-context';
import { resolveDescription } from './resolve-description';
import { resolvePronoun } from './resolve-pronoun';

export type { ResolveContext, ResolvedSpeaker } from './resolve-context';

export function resolveSpeaker(ref: SpeakerRef, ctx: ResolveContext): ResolvedSpeaker | null {
  switch (ref.type) {
    case 'pronoun':
      return resolvePronoun(ref.pronoun, ctx);
    case 'description':
      return resolveDescription(ref, ctx, resolveSpeaker);
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
