import type { IncomingMessage, OutgoingHttpHeaders, RequestListener, ServerResponse } from 'http';

import type { Core } from '@strapi/strapi';

import { createDeliveryStateReader } from './delivery-state';
import { GenerationCache } from './generation-cache';

interface CachedStoryResponse {
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

const STORY_PATH = /^\/api\/newsroom\/stories\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const NOT_REPLAYED = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

/**
 * Requests the fast path may answer: a public GET or HEAD of one story, with no query string,
 * no credentials and no Origin (CORS answers depend on the origin: Strapi keeps those).
 */
const cacheableSlug = (req: IncomingMessage): string | null => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  if (req.headers.authorization || req.headers.origin || req.headers.cookie) return null;
  const match = STORY_PATH.exec(req.url ?? '');
  return match ? match[1] : null;
};

const isNotModified = (req: IncomingMessage, headers: OutgoingHttpHeaders) => {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch) {
    return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === headers.etag);
  }
  const since = Date.parse(req.headers['if-modified-since'] ?? '');
  const lastModified = Date.parse(String(headers['last-modified'] ?? ''));
  return !Number.isNaN(since) && !Number.isNaN(lastModified) && lastModified <= since;
};

const serveCached = (req: IncomingMessage, res: ServerResponse, cached: CachedStoryResponse) => {
  if (isNotModified(req, cached.headers)) {
    res.writeHead(304, { etag: cached.headers.etag, 'last-modified': cached.headers['last-modified'], 'cache-control': cached.headers['cache-control'] });
    res.end();
    return;
  }
  res.writeHead(200, { ...cached.headers, 'content-length': cached.body.length });
  res.end(req.method === 'HEAD' ? undefined : cached.body);
};

/** Keeps a copy of a 200 response's headers and body as Strapi writes it. */
const captureResponse = (res: ServerResponse, onComplete: (headers: OutgoingHttpHeaders, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  const write = res.write.bind(res) as (...args: any[]) => boolean;
  const end = res.end.bind(res) as (...args: any[]) => ServerResponse;
  const keep = (chunk: unknown) => {
    if (chunk && typeof chunk !== 'function') chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  };
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    keep(chunk);
    return write(chunk, ...rest);
  }) as ServerResponse['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk);
    if (res.statusCode === 200) {
      const headers = Object.fromEntries(Object.entries(res.getHeaders()).filter(([name]) => !NOT_REPLAYED.has(name)));
      onComplete(headers, Buffer.concat(chunks));
    }
    return end(chunk, ...rest);
  }) as ServerResponse['end'];
};

/**
 * Serves published stories by slug ahead of Strapi's middleware stack, from rendered responses
 * Strapi itself produced. Each request still asks the database one question (the delivery
 * generation and the public permission), so a publish, an edit or a revoked permission on any
 * instance is honoured on the next request. Everything else goes to Strapi untouched.
 */
export const installStoryFastPath = (strapi: Core.Strapi) => {
  const server = strapi.server.httpServer;
  const strapiListeners = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  const readState = createDeliveryStateReader(strapi);
  const cache = new GenerationCache<CachedStoryResponse>(strapi.config.get('plugin::newsroom.storyCacheSize') as number);
  const passToStrapi = (req: IncomingMessage, res: ServerResponse) => {
    for (const listener of strapiListeners) listener.call(server, req, res);
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const slug = cacheableSlug(req);
    if (!slug) return passToStrapi(req, res);
    readState().then(
      (state) => {
        if (!state.publicMayReadStory) return passToStrapi(req, res);
        const cached = cache.get(slug, state.generation);
        if (cached) return serveCached(req, res, cached);
        if (req.method === 'GET' && !req.headers['if-none-match'] && !req.headers['if-modified-since']) {
          captureResponse(res, (headers, body) => cache.set(slug, state.generation, { headers, body }));
        }
        passToStrapi(req, res);
      },
      (error: Error) => {
        strapi.log.warn(`newsroom: story fast path unavailable (${error.message}); serving through Strapi`);
        passToStrapi(req, res);
      }
    );
  });
};
