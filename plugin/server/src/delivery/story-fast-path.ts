import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'http';

import type { Core } from '@strapi/strapi';

import { isNotModified } from './conditional-response';
import { rememberDeliveryState, type DeliveryState } from './delivery-state';
import { GenerationCache, type CacheBounds } from './generation-cache';
import type { FastPathHandler } from '../platform/request-interceptor';
import { captureResponse } from './response-capture';

/** The story list, or one story by slug, with any query string (Strapi validates it the first time). */
const STORIES_URL = /^\/api\/newsroom\/stories(?:\/([a-z0-9]+(?:-[a-z0-9]+)*))?(?:\?[^#]*)?$/;

interface CachedStoryResponse {
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

/**
 * Requests the fast path may answer: a public GET or HEAD of the list or of one story, with no
 * credentials and no Origin (CORS answers depend on the origin: Strapi keeps those).
 */
const storiesRequest = (req: IncomingMessage): { url: string; isList: boolean } | null => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  if (req.headers.authorization || req.headers.origin || req.headers.cookie) return null;
  const match = STORIES_URL.exec(req.url ?? '');
  return match ? { url: req.url!, isList: match[1] === undefined } : null;
};

/** The cached response's validators, as `isNotModified` compares them (milliseconds; 0 when absent). */
const lastModifiedOf = (headers: OutgoingHttpHeaders) => Date.parse(String(headers['last-modified'] ?? '')) || 0;

const serveCached = (req: IncomingMessage, res: ServerResponse, cached: CachedStoryResponse) => {
  if (isNotModified(req.headers, String(cached.headers.etag), lastModifiedOf(cached.headers))) {
    res.writeHead(304, { etag: cached.headers.etag, 'last-modified': cached.headers['last-modified'], 'cache-control': cached.headers['cache-control'] });
    res.end();
    return;
  }
  res.writeHead(200, { ...cached.headers, 'content-length': cached.body.length });
  res.end(req.method === 'HEAD' ? undefined : cached.body);
};

/**
 * `GET /api/newsroom/stories[/:slug][?query]` answered from the response Strapi itself rendered
 * the first time for that URL (200s only), while the delivery generation is unchanged and the
 * public still holds the permission.
 */
export const createStoryFastPath = (
  strapi: Core.Strapi,
  readState: () => Promise<DeliveryState>,
  bounds: Pick<CacheBounds, 'maxEntries' | 'maxBytes'>
): FastPathHandler => {
  const cache = new GenerationCache<CachedStoryResponse>({ ...bounds, sizeOf: (cached) => (cached as CachedStoryResponse).body.length });
  return (req, res, passToStrapi) => {
    const request = storiesRequest(req);
    if (!request) return false;
    readState().then(
      (state) => {
        if (!(request.isList ? state.publicMayListStories : state.publicMayReadStory)) return passToStrapi(req, res);
        const cached = cache.get(request.url, state.generation);
        if (cached) return serveCached(req, res, cached);
        if (req.method === 'GET' && !req.headers['if-none-match'] && !req.headers['if-modified-since']) {
          captureResponse(res, (headers, body) => cache.set(request.url, state.generation, { headers, body }));
        }
        rememberDeliveryState(req, state);
        passToStrapi(req, res);
      },
      (error: Error) => {
        strapi.log.warn(`newsroom: story fast path unavailable (${error.message}); serving through Strapi`);
        passToStrapi(req, res);
      }
    );
    return true;
  };
};
