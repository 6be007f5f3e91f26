/**
 * Stable addresses of a story and the things it refers to, all under the caller's `baseUrl`.
 * Identity uses the Strapi documentId (it never changes); the reader-facing `url` uses the slug.
 */
export interface FormatOptions {
  /** Absolute http(s) URL of the site, e.g. "https://news.example.com"; a trailing slash is ignored. */
  baseUrl: string;
}

export const normalizeBaseUrl = (baseUrl: string): string => {
  let parsed: URL;
  try {
    parsed = new URL(baseUrl);
  } catch {
    throw new TypeError(`baseUrl must be an absolute URL, got "${baseUrl}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new TypeError(`baseUrl must be an http(s) URL, got "${baseUrl}"`);
  }
  return parsed.href.replace(/\/+$/, '');
};

const segment = (value: string) => encodeURIComponent(value);

/** The persistent identifier of the story (ninjs `uri`, JSON-LD `@id`). */
export const storyUri = (base: string, documentId: string) => `${base}/stories/${segment(documentId)}`;

/** The reader-facing address of the story (JSON-LD `url`). */
export const storyUrl = (base: string, slug: string) => `${base}/stories/${segment(slug)}`;

/** One identifier per source, shared by every quote, figure and byline that refers to it. */
export const sourceUri = (base: string, documentId: string) => `${base}/sources/${segment(documentId)}`;

export const photoUri = (base: string, documentId: string) => `${base}/photos/${segment(documentId)}`;

/** A media URL as an absolute http(s) URL (Strapi's local uploads are "/uploads/..."), or null. */
export const absoluteMediaUrl = (base: string, url: string | null | undefined): string | null => {
  if (!url) return null;
  try {
    const resolved = new URL(url, `${base}/`);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
};
