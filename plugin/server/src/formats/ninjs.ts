import type { Story } from '../../../shared/contracts/story';
import { blocksToText } from '../../../shared/attribution/text/blocks';
import { bodyToHtml } from './html';
import { ninjsPhoto } from './ninjs-photo';
import { ninjsSources } from './ninjs-sources';
import { textItems } from './ninjs-text';
import type { NinjsBody, NinjsEntity, NinjsItem } from './ninjs-types';
import { pruneRoot } from './prune';
import { storyDates } from './story-dates';
import { normalizeBaseUrl, storyUri, type FormatOptions } from './urls';

/**
 * A published story as IPTC ninjs 3.1 (validates against ninjs-schema_3.1.json).
 *
 * ninjs has no slot for quotations or statistics, and the schema forbids extra properties
 * (`unevaluatedProperties: false` throughout), so quotes and figures are not exported here
 * beyond the body text that contains them; the JSON-LD export carries them as structured data.
 */
export const NINJS_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#';

const wordCount = (text: string) => text.match(/\S+/g)?.length ?? 0;

const bodies = (story: Story): NinjsBody[] => {
  const text = blocksToText(story.body);
  if (text.trim() === '') return [];
  return [
    { role: 'main', contentType: 'text/plain', value: text, charCount: [...text].length, wordCount: wordCount(text) },
    { role: 'richtext', contentType: 'text/html', value: bodyToHtml(story.body) },
  ];
};

/** Section and tags as subjects: ninjs 3 has no keywords property; subjects carry both. */
const subjects = (story: Story): NinjsEntity[] => [
  ...(story.section?.trim() ? [{ name: story.section, rel: 'section' }] : []),
  ...[...new Set(story.tags)].filter((tag) => tag.trim() !== '').map((tag) => ({ name: tag, rel: 'keyword' })),
];

export const toNinjs = (story: Story, options: FormatOptions): object => {
  const base = normalizeBaseUrl(options.baseUrl);
  const dates = storyDates(story);
  const sources = ninjsSources(story, base);
  const item: NinjsItem = {
    uri: storyUri(base, story.documentId),
    standard: { name: 'ninjs', version: '3.1', schema: NINJS_SCHEMA_URI },
    type: 'text',
    representationType: 'full',
    pubStatus: dates.published ? 'usable' : undefined,
    firstCreated: dates.published ?? undefined,
    versionCreated: dates.modified ?? undefined,
    slugline: story.slug,
    by: story.byline ?? undefined,
    located: story.dateline ?? undefined,
    headlines: textItems(story.headline, 'main'),
    descriptions: [
      ...textItems(story.standfirst, 'summary', 'text/plain'),
      ...(sources.sourcesDescription ? [sources.sourcesDescription] : []),
    ],
    bodies: bodies(story),
    people: sources.people,
    organisations: sources.organisations,
    subjects: subjects(story),
    associations: story.photoCaptions.map((photo, index) => ninjsPhoto(photo, index, base)),
  };
  return pruneRoot({ ...item });
};
