import type { PhotoCaption } from '../../../shared/contracts/story';
import type { EntityRegistry } from './jsonld-entities';
import type { JsonLdNode } from './jsonld-types';
import { absoluteMediaUrl, photoUri } from './urls';

/**
 * A photo caption as an ImageObject. IPTC Photo Metadata -> schema.org: Description -> caption;
 * Credit Line -> creditText; Creator -> creator (a Person; the story's source of that name when
 * there is one); Copyright Notice -> copyrightNotice; Source (agency) -> provider (Organization);
 * Alt Text -> description; Person Shown -> about (Person); title -> name; file -> contentUrl,
 * width/height in pixels (UN/CEFACT E37), encodingFormat.
 */
const pixels = (value: number | null | undefined) =>
  Number.isInteger(value) ? { '@type': 'QuantitativeValue', value, unitCode: 'E37' } : undefined;

export const imageObject = (photo: PhotoCaption, base: string, registry: EntityRegistry): JsonLdNode => {
  const contentUrl = absoluteMediaUrl(base, photo.image?.url) ?? undefined;
  const creator = photo.creator
    ? registry.refByName(photo.creator, ['person', 'organization']) ?? { '@type': 'Person', name: photo.creator }
    : undefined;
  const provider = photo.agency
    ? registry.refByName(photo.agency, ['organization']) ?? { '@type': 'Organization', name: photo.agency }
    : undefined;
  return {
    '@type': 'ImageObject',
    '@id': photoUri(base, photo.documentId),
    name: photo.title,
    caption: photo.caption,
    description: photo.altText,
    creditText: photo.creditLine,
    creator,
    copyrightNotice: photo.copyrightNotice,
    provider,
    about: photo.peopleShown.map((name) => ({ '@type': 'Person', name })),
    contentUrl,
    url: contentUrl,
    encodingFormat: photo.image?.mime,
    width: pixels(photo.image?.width),
    height: pixels(photo.image?.height),
  };
};
