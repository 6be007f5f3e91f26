import { PassThrough } from 'stream';
import type { IncomingMessage, RequestListener, ServerResponse } from 'http';

import type { Core } from '@strapi/strapi';

export type PassToStrapi = (req: IncomingMessage, res: ServerResponse, bufferedBody?: Buffer) => void;

/** A handler answers a request itself (true) or leaves it to Strapi (false). */
export type FastPathHandler = (req: IncomingMessage, res: ServerResponse, passToStrapi: PassToStrapi) => boolean;

/**
 * A request whose body a fast path has already read, replayed for Strapi: the same headers,
 * method, URL and socket, and a fresh stream that yields the same bytes.
 */
const replayRequest = (req: IncomingMessage, body: Buffer): IncomingMessage => {
  const replay = new PassThrough();
  const copy = replay as unknown as Record<string, unknown>;
  for (const property of ['headers', 'rawHeaders', 'method', 'url', 'httpVersion', 'httpVersionMajor', 'httpVersionMinor', 'socket', 'trailers', 'rawTrailers'] as const) {
    copy[property] = req[property];
  }
  copy.connection = req.socket;
  copy.complete = true;
  replay.end(body);
  return replay as unknown as IncomingMessage;
};

/**
 * Puts `handlers` in front of Strapi's own request listener on its HTTP server. Relies on Strapi
 * adding its Koa callback as the server's only 'request' listener when it creates the server
 * (before plugins bootstrap), and never again at listen(): tests/platform checks both.
 */
export const interceptRequests = (strapi: Core.Strapi, handlers: FastPathHandler[]) => {
  const server = strapi.server.httpServer;
  const strapiListeners = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  const passToStrapi: PassToStrapi = (req, res, bufferedBody) => {
    const request = bufferedBody ? replayRequest(req, bufferedBody) : req;
    for (const listener of strapiListeners) listener.call(server, request, res);
  };
  server.on('request', function newsroomRequestInterceptor(req: IncomingMessage, res: ServerResponse) {
    for (const handler of handlers) if (handler(req, res, passToStrapi)) return;
    passToStrapi(req, res);
  });
};
