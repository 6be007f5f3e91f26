import slugify from 'slugify';

const MAX_SLUG_LENGTH = 96;

/** A URL slug from a headline: lower case, ASCII, words kept whole up to 96 characters. */
export const slugFromHeadline = (headline: string): string => {
  const full = slugify(headline, { lower: true, strict: true, locale: 'en', trim: true });
  if (full.length <= MAX_SLUG_LENGTH) return full;
  const cut = full.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
};
