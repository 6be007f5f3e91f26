import type { PhotoCaption } from '../../../shared/contracts/story';
import { textItems } from './ninjs-text';
import type { NinjsAssociation, NinjsRendition } from './ninjs-types';
import { absoluteMediaUrl, photoUri } from './urls';

/**
 * A photo caption as a ninjs association of type "picture". IPTC Photo Metadata -> ninjs:
 * Description (caption) -> descriptions[role "caption"]; Alt Text -> descriptions[role "alt-text"];
 * Headline/title -> headlines; Credit Line -> `by` (ninjs' natural-language credit; the creator's
 * name when there is no credit line); Creator -> people[rel "creator"]; Person Shown ->
 * people[rel "depicted"]; Source (agency) -> infoSources[role "source"]; Copyright Notice ->
 * copyrightNotice; the image file -> renditions[name "original"] when it has a URL.
 */
const rendition = (base: string, image: PhotoCaption['image']): NinjsRendition | null => {
  const href = absoluteMediaUrl(base, image?.url);
  if (!image || !href) return null;
  return {
    name: 'original',
    href,
    contentType: image.mime ?? undefined,
    width: Number.isInteger(image.width) ? (image.width as number) : undefined,
    height: Number.isInteger(image.height) ? (image.height as number) : undefined,
  };
};

export const ninjsPhoto = (photo: PhotoCaption, index: number, base: string): NinjsAssociation => {
  const original = rendition(base, photo.image);
  return {
    name: photo.title?.trim() || `Photo ${index + 1}`,
    rel: 'photo',
    uri: photoUri(base, photo.documentId),
    type: 'picture',
    by: photo.creditLine ?? photo.creator ?? undefined,
    copyrightNotice: photo.copyrightNotice ?? undefined,
    headlines: textItems(photo.title, 'main'),
    descriptions: [...textItems(photo.caption, 'caption', 'text/plain'), ...textItems(photo.altText, 'alt-text', 'text/plain')],
    people: [
      ...(photo.creator ? [{ name: photo.creator, rel: 'creator' }] : []),
      ...photo.peopleShown.map((name) => ({ name, rel: 'depicted' })),
    ],
    infoSources: photo.agency ? [{ name: photo.agency, role: 'source' }] : undefined,
    renditions: original ? [original] : undefined,
  };
};
