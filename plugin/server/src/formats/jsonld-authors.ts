import type { EntityRegistry } from './jsonld-entities';
import type { JsonLdNode, JsonLdRef } from './jsonld-types';

/**
 * The byline as schema.org authors, no more precise than the text. A byline that is exactly the
 * name of one of the story's sources refers to that source. Otherwise it is split on ",", "&"
 * and "and"; a part naming a group ("Newsweek staff", "Metro desk") becomes an Organization,
 * any other part a Person with that name.
 */
const GROUP = /\b(staff|desk|team|newsroom|bureau|editors|reporters|correspondents|wire|wires|agencies)\b/i;

export const bylineAuthors = (byline: string | null, registry: EntityRegistry): (JsonLdNode | JsonLdRef)[] => {
  const text = byline?.trim().replace(/^by\s+/i, '') ?? '';
  if (text === '') return [];
  const known = registry.refByName(text, ['person', 'organization']);
  if (known) return [known];
  return text
    .split(/\s*(?:,|&|\band\b)\s*/i)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(
      (name) =>
        registry.refByName(name, ['person', 'organization']) ?? {
          '@type': GROUP.test(name) ? 'Organization' : 'Person',
          name,
        }
    );
};
