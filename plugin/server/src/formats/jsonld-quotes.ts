import type { Quote } from '../../../shared/contracts/story';
import { attribution, type EntityRegistry } from './jsonld-entities';
import type { JsonLdNode } from './jsonld-types';

/**
 * A quote as a schema.org Quotation: the exact words as `text`; the speaker (Person or
 * Organization, by @id) as both `spokenByCharacter` and `creator`; a document source as
 * `isBasedOn` ("use isBasedOn to link to source/origin"); how the words reached the reporter
 * ("in a statement sent to Newsweek") as `description`. `delivery` and `isPartial` have no
 * schema.org property and are left out.
 */
export const quotation = (quote: Quote, storyId: string, registry: EntityRegistry): JsonLdNode => {
  const { agent, document } = attribution(quote.speaker, registry);
  return {
    '@type': 'Quotation',
    '@id': `${storyId}#quote-${encodeURIComponent(quote.documentId)}`,
    text: quote.text,
    spokenByCharacter: agent,
    creator: agent,
    isBasedOn: document,
    description: quote.deliveryNote,
  };
};
