import type { Core } from '@strapi/strapi';

const isAbsoluteHttpUrl = (value: unknown): value is string => typeof value === 'string' && /^https?:\/\/[^/\s]+/.test(value);

/**
 * The site's public address, for the absolute URLs of ninjs and JSON-LD: Strapi's `server.url`
 * (`PUBLIC_URL` in config/server.ts), never anything from the request. The Host header is the
 * caller's to choose, and a response built from it and cached by a CDN poisons everyone's copy.
 * Outside production, without one: a fixed `http://localhost:PORT`.
 */
export const publicBaseUrl = (strapi: Core.Strapi): string => {
  const configured = strapi.config.get('server.url');
  return isAbsoluteHttpUrl(configured) ? configured : `http://localhost:${strapi.config.get('server.port') ?? 1337}`;
};

/** In production the plugin refuses to start without a public address. */
export const assertPublicUrlConfigured = (strapi: Core.Strapi) => {
  if (process.env.NODE_ENV !== 'production' || isAbsoluteHttpUrl(strapi.config.get('server.url'))) return;
  throw new Error(
    'newsroom: set PUBLIC_URL (config/server.ts `url`) to the site\'s public http(s) address: in production ninjs and JSON-LD take their absolute URLs from it, never from the Host header.'
  );
};
