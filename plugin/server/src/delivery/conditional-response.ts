import { createHash } from 'crypto';

import type { Context } from 'koa';

const etagMatches = (ifNoneMatch: string, etag: string) =>
  ifNoneMatch.trim() === '*' ||
  ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);

/**
 * RFC 9110 conditional GET: If-None-Match, when present, decides; otherwise If-Modified-Since.
 * (Koa's `ctx.fresh` also honours a request's `Cache-Control: no-cache`, which fetch() adds to
 * every conditional request, so it would never answer 304 to one.)
 */
export const isNotModified = (
  headers: { 'if-none-match'?: string; 'if-modified-since'?: string },
  etag: string,
  lastModified: number
) => {
  const ifNoneMatch = headers['if-none-match'];
  if (ifNoneMatch) return etagMatches(ifNoneMatch, etag);
  const ifModifiedSince = Date.parse(headers['if-modified-since'] ?? '');
  return lastModified > 0 && !Number.isNaN(ifModifiedSince) && Math.floor(lastModified / 1000) * 1000 <= ifModifiedSince;
};

/**
 * JSON that is safe inside an HTML `<script>` (sites embed JSON-LD that way): `<`, `>`, `&` and
 * the two line separators JavaScript once forbade in strings, as \u escapes. Still the same JSON.
 */
const scriptSafeJson = (body: unknown) =>
  JSON.stringify(body).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * Sends `body` with an ETag (a hash of the exact bytes) and Last-Modified, and answers 304
 * when the client's copy is current. `no-cache` makes clients and proxies revalidate every
 * time, so a publish or an edit is visible on the next request.
 */
export const sendConditional = (ctx: Context, body: unknown, lastModified: number) => {
  const json = scriptSafeJson(body);
  const etag = `"${createHash('sha1').update(json).digest('base64url')}"`;
  ctx.set('ETag', etag);
  if (lastModified > 0) ctx.set('Last-Modified', new Date(lastModified).toUTCString());
  ctx.set('Cache-Control', 'public, no-cache');
  if (isNotModified(ctx.request.headers, etag, lastModified)) {
    ctx.status = 304;
    ctx.body = null;
    return;
  }
  ctx.status = 200;
  ctx.type = 'application/json; charset=utf-8';
  ctx.body = json;
};
