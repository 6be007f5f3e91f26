import type { Source, SourceSummary, Story } from '../../../shared/contracts/story';
import type { JsonLdNode, JsonLdRef } from './jsonld-types';
import { collectAffiliations, collectSources } from './story-sources';
import { sourceUri } from './urls';

/**
 * Sources as schema.org nodes, each defined once (in the article's `mentions`) under the @id
 * baseUrl/sources/<documentId>, and referred to by that @id everywhere else.
 * - person -> Person (jobTitle = title; affiliation = the affiliated Organization)
 * - organization -> Organization (parentOrganization = an affiliated Organization)
 * - anonymous -> Person without a name: jobTitle, affiliation, and the description (or the
 *   story's label, "A campaign spokesperson") as description
 * - document -> CreativeWork (quotes and figures point to it with isBasedOn, not as a speaker)
 */
type Entity = SourceSummary & Partial<Pick<Source, 'description' | 'affiliation'>>;

const isOrganization = (summary: SourceSummary | null | undefined): summary is SourceSummary =>
  summary?.kind === 'organization';

const entityNode = (entity: Entity, base: string): JsonLdNode => {
  const id = sourceUri(base, entity.documentId);
  const affiliation = isOrganization(entity.affiliation) ? { '@id': sourceUri(base, entity.affiliation.documentId) } : undefined;
  switch (entity.kind) {
    case 'person':
      return { '@type': 'Person', '@id': id, name: entity.name, jobTitle: entity.title, affiliation, description: entity.description };
    case 'anonymous':
      return { '@type': 'Person', '@id': id, jobTitle: entity.title, affiliation, description: entity.description ?? entity.name };
    case 'organization':
      return { '@type': 'Organization', '@id': id, name: entity.name, parentOrganization: affiliation, description: entity.description };
    case 'document':
    default:
      return { '@type': 'CreativeWork', '@id': id, name: entity.name, description: entity.description };
  }
};

const normalizeName = (name: string) => name.trim().toLocaleLowerCase();

export interface EntityRegistry {
  /** Every source and affiliation node, for the article's `mentions`. */
  nodes: JsonLdNode[];
  ref: (source: SourceSummary) => JsonLdRef;
  /** The source of that exact name (case-insensitive), if the story has one. */
  refByName: (name: string, kinds: SourceSummary['kind'][]) => JsonLdRef | null;
}

export const entityRegistry = (story: Story, base: string): EntityRegistry => {
  const sources = collectSources(story);
  const entities: Entity[] = [...sources, ...collectAffiliations(sources)];
  const ref = (source: SourceSummary): JsonLdRef => ({ '@id': sourceUri(base, source.documentId) });
  return {
    nodes: entities.map((entity) => entityNode(entity, base)),
    ref,
    refByName: (name, kinds) => {
      const wanted = normalizeName(name);
      const match = entities.find((entity) => kinds.includes(entity.kind) && normalizeName(entity.name) === wanted);
      return match ? ref(match) : null;
    },
  };
};

/** How a quote or a figure points to its source: who said it, or which document it comes from. */
export const attribution = (source: Source | null, registry: EntityRegistry) => {
  if (!source) return { agent: undefined, document: undefined };
  return source.kind === 'document'
    ? { agent: undefined, document: registry.ref(source) }
    : { agent: registry.ref(source), document: undefined };
};
