import type { SourceKind } from '../../contracts/story';
import type { Entity, EntityIndex } from './entities';
import type { DescribedSources } from './described-sources';

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

export function fromEntity(entity: Entity, confidence: number): ResolvedSpeaker {
  return {
    name: entity.name,
    kind: entity.kind === 'organization' ? 'organization' : 'person',
    title: entity.title,
    affiliation: entity.affiliation,
    confidence,
    entity,
  };
}

/** How many paragraphs back a pronoun or a description may reach for a person, and for an organization. */
export const PERSON_WINDOW_PARAGRAPHS = 4;
export const ORG_WINDOW_PARAGRAPHS = 6;
