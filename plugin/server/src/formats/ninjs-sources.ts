import type { Source, Story } from '../../../shared/contracts/story';
import type { NinjsEntity, NinjsText } from './ninjs-types';
import { collectAffiliations, collectSources, describeSource } from './story-sources';
import { sourceUri } from './urls';

/**
 * ninjs people/organisations items allow only name, rel, uri, literal (and contactInfo): there is
 * no slot for a job title or an affiliation. So:
 * - `rel` says how the story uses the source: "quoted" (speaks in a quote) or "source" (cited
 *   for a figure, or listed among the story's sources);
 * - `uri` is the source's stable identifier, the same one the JSON-LD export uses as `@id`;
 * - titles and affiliations go, one line per source, into a `descriptions` entry with role
 *   "sources" (plain text, metadata about the item's sourcing);
 * - affiliations that are not sources themselves are listed as organisations with rel "affiliation".
 * Anonymous and document sources have no name to put in people/organisations: they appear only
 * in the "sources" description.
 */
const relOf = (story: Story) => {
  const speakers = new Set(story.quotes.map((quote) => quote.speaker?.documentId));
  return (source: Source) => (speakers.has(source.documentId) ? 'quoted' : 'source');
};

const entity = (base: string, source: { documentId: string; name: string }, rel: string): NinjsEntity => ({
  name: source.name,
  rel,
  uri: sourceUri(base, source.documentId),
});

export interface NinjsSourceFields {
  people: NinjsEntity[];
  organisations: NinjsEntity[];
  sourcesDescription: NinjsText | null;
}

export const ninjsSources = (story: Story, base: string): NinjsSourceFields => {
  const sources = collectSources(story);
  const rel = relOf(story);
  const people = sources.filter((source) => source.kind === 'person').map((source) => entity(base, source, rel(source)));
  const organisations = [
    ...sources.filter((source) => source.kind === 'organization').map((source) => entity(base, source, rel(source))),
    ...collectAffiliations(sources)
      .filter((affiliation) => affiliation.kind === 'organization')
      .map((affiliation) => entity(base, affiliation, 'affiliation')),
  ];
  const lines = sources.map(describeSource);
  return {
    people,
    organisations,
    sourcesDescription: lines.length > 0 ? { role: 'sources', contentType: 'text/plain', value: lines.join('\n') } : null,
  };
};
