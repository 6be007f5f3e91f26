import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { ALLOWED_QUERY_PARAM_KEYS, errors } from '@strapi/utils';

/**
 * `api.rest.strictParams` makes Strapi's core controllers answer 400 to an unknown query parameter,
 * but the content-API controllers of other plugins (users-permissions, upload) never read the
 * setting: `/api/users?foo=1` is a 200. This applies the same rule to every content-API route of
 * another plugin that declares its query (`request.query`): allowed are Strapi's shared keys plus the
 * keys the route declares, including those added through `contentAPI.addQueryParams`.
 *
 * Routes that declare no query are left alone on purpose: the OAuth routes (`/connect/*`,
 * `/auth/:provider/callback`) and `/auth/email-confirmation` take provider-defined parameters.
 * The newsroom's own routes validate their query themselves, with a message per parameter.
 */
const OWN_PLUGIN = 'newsroom';

interface RouteLike {
  request?: { query?: Record<string, unknown> };
  config?: { middlewares?: unknown[] };
}

interface RouterLike {
  type?: string;
  routes?: RouteLike[];
}

const SHARED_KEYS: readonly string[] = ALLOWED_QUERY_PARAM_KEYS;

const unknownQueryParams = (query: Record<string, unknown>, route: RouteLike): string[] => {
  const declared = Object.keys(route.request?.query ?? {});
  return Object.keys(query).filter((key) => !SHARED_KEYS.includes(key) && !declared.includes(key));
};

const rejectUnknownQueryParams = async (ctx: Context, next: () => Promise<unknown>) => {
  const route: RouteLike = ctx.state.route ?? {};
  const unknown = unknownQueryParams(ctx.query ?? {}, route);
  if (unknown.length > 0) {
    const names = unknown.map((key) => `"${key}"`).join(', ');
    throw new errors.ValidationError(`Invalid query: unknown query parameter${unknown.length > 1 ? 's' : ''} ${names}.`, {
      source: 'query',
      param: unknown[0],
    });
  }
  return next();
};

const patched = new WeakSet<RouteLike>();

const requireKnownQueryParams = (route: RouteLike) => {
  if (!route.request?.query || patched.has(route)) return;
  patched.add(route);
  route.config = { ...route.config, middlewares: [rejectUnknownQueryParams, ...(route.config?.middlewares ?? [])] };
};

const patchRouter = <T>(router: T): T => {
  const { type, routes } = (router ?? {}) as RouterLike;
  if (type === 'content-api' && Array.isArray(routes)) routes.forEach(requireKnownQueryParams);
  return router;
};

export const registerStrictQueryParams = (strapi: Core.Strapi) => {
  if (strapi.config.get('api.rest.strictParams') !== true) return;
  for (const [name, plugin] of Object.entries(strapi.plugins)) {
    const routers = (plugin as { routes?: unknown }).routes;
    // A bare array is a plugin's admin router; the newsroom checks its own query.
    if (name === OWN_PLUGIN || !routers || Array.isArray(routers)) continue;
    const byName = routers as Record<string, unknown>;
    for (const [key, router] of Object.entries(byName)) {
      if (typeof router !== 'function') patchRouter(router);
      // Strapi's content-API route factories hand out one shared route list (a `.routes` getter).
      else if (Array.isArray((router as { routes?: unknown }).routes)) patchRouter(router({ strapi }));
      else byName[key] = (...args: unknown[]) => patchRouter(router(...args));
    }
  }
};
