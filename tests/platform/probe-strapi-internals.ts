/**
 * Run by strapi-internals.test.ts in a child process against an empty test database: boots the
 * app with the newsroom plugin, checks each reach into Strapi internals (plugin/server/src/platform/)
 * against the running Strapi, and prints one JSON line: { [check]: null | "what moved" }.
 */
import http from 'http';
import type { AddressInfo } from 'net';
import { readFileSync } from 'fs';
import path from 'path';

import type { Core } from '@strapi/strapi';

import { withStrapi } from '../../scripts/lib/strapi';
import { columnsOf, linkTableOf, morphLinkTableOf, tableOf } from '../../plugin/server/src/platform/link-tables';

type Check = (strapi: Core.Strapi) => Promise<void>;

const fail = (message: string): never => {
  throw new Error(message);
};

const requestInterceptor: Check = async (strapi) => {
  const see = 'see plugin/server/src/platform/request-interceptor.ts';
  const server = strapi.server.httpServer;
  if (!(server instanceof http.Server)) fail(`strapi.server.httpServer is no longer a Node http.Server (${see}).`);
  const names = () => server.listeners('request').map((listener) => listener.name);
  if (names().join() !== 'newsroomRequestInterceptor') {
    fail(`Strapi's HTTP server no longer has its Koa callback as the one 'request' listener we can replace: found [${names()}] after bootstrap (${see}).`);
  }
  // Strapi's own listen(): it mounts the routes first, as `strapi start` does.
  await new Promise<void>((resolve) => strapi.server.listen(0, '127.0.0.1', () => resolve()));
  try {
    if (names().join() !== 'newsroomRequestInterceptor') {
      fail(`Strapi adds a 'request' listener when it starts listening ([${names()}]), so requests bypass the interceptor (${see}).`);
    }
    const { port } = server.address() as AddressInfo;
    const health = await fetch(`http://127.0.0.1:${port}/_health`);
    if (health.status !== 204) fail(`Requests passed on by the interceptor no longer reach Strapi: /_health answered ${health.status} (${see}).`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
};

const graphqlSchema: Check = async (strapi) => {
  const see = 'see plugin/server/src/platform/graphql-schema.ts';
  const contentApi = strapi.plugin('graphql')?.service('content-api') as { buildSchema?: () => unknown } | undefined;
  if (typeof contentApi?.buildSchema !== 'function') fail(`Strapi's GraphQL plugin has no service('content-api').buildSchema any more (${see}).`);
  if (contentApi!.buildSchema!.name !== 'newsroomBuildSchema') {
    fail(`service('content-api').buildSchema is no longer the newsroom's wrapper after bootstrap: Strapi replaced or re-created the service (${see}).`);
  }
  const bootstrapSource = readFileSync(path.join(path.dirname(require.resolve('@strapi/plugin-graphql/package.json')), 'dist/server/bootstrap.js'), 'utf8');
  if (!/service\(['"]content-api['"]\)\.buildSchema\(\)/.test(bootstrapSource)) {
    fail(`Strapi's GraphQL bootstrap no longer builds the served schema through service('content-api').buildSchema() (${see}).`);
  }
  const schema = contentApi!.buildSchema!() as { getType(name: string): { getFields(): Record<string, { resolve?: unknown }> } };
  const wrapped = Object.entries(schema.getType('PublishedStory').getFields()).filter(([, field]) => field.resolve);
  if (wrapped.length > 0) fail(`The built schema still wraps PublishedStory fields (${wrapped.map(([name]) => name)}) (${see}).`);
};

const strictQueryParams: Check = async (strapi) => {
  const see = 'see plugin/server/src/platform/strict-query-params.ts';
  const routers = (strapi.plugins['users-permissions'] as unknown as { routes?: Record<string, unknown> }).routes;
  if (!routers || Array.isArray(routers)) fail(`strapi.plugins['users-permissions'].routes is no longer an object of routers (${see}).`);
  const router = routers!['content-api'];
  const resolved = (typeof router === 'function' ? router({ strapi }) : router) as { type?: string; routes?: unknown };
  if (resolved?.type !== 'content-api' || !Array.isArray(resolved.routes)) {
    fail(`users-permissions' 'content-api' router no longer has { type: 'content-api', routes: [...] } (${see}).`);
  }
  const routes = resolved.routes as Array<{ path: string; request?: { query?: object }; config?: { middlewares?: Array<{ name?: string }> } }>;
  const declaring = routes.filter((route) => route.request?.query);
  if (declaring.length === 0) fail(`No users-permissions content-API route declares request.query any more: strict query params check nothing (${see}).`);
  const unguarded = declaring.filter((route) => route.config?.middlewares?.[0]?.name !== 'rejectUnknownQueryParams');
  if (unguarded.length > 0) fail(`Strapi's routes are no longer the objects the newsroom patched: ${unguarded.map((r) => r.path)} lack the query check (${see}).`);
};

const contentApiGuard: Check = async (strapi) => {
  const see = 'see plugin/server/src/platform/content-api-guard.ts';
  const registered = (strapi.sanitizers.get('content-api.output') as Array<{ name?: string }>).map((sanitizer) => sanitizer.name);
  if (!registered.includes('newsroomContentApiGuard')) fail(`strapi.sanitizers 'content-api.output' no longer holds the newsroom's sanitizer (${see}).`);
  const file = {
    id: 1,
    name: 'photo.jpg',
    caption: { __type: 'plugin::newsroom.photo-caption', id: 2, caption: 'draft caption' },
  };
  const output = (await strapi.contentAPI.sanitize.output(file, strapi.getModel('plugin::upload.file'))) as Record<string, unknown>;
  if (output.name !== 'photo.jpg' || output.caption !== null) {
    fail(`contentAPI.sanitize.output no longer runs the 'content-api.output' sanitizers on a response: got ${JSON.stringify(output)} (${see}).`);
  }
};

const linkTables: Check = async (strapi) => {
  const see = 'see plugin/server/src/platform/link-tables.ts';
  const knex = strapi.db.connection;
  const mustExist = async (table: string, columns: Array<string | undefined>, what: string) => {
    if (!(await knex.schema.hasTable(table))) fail(`Strapi's metadata names table "${table}" for ${what}, which does not exist (${see}).`);
    for (const column of columns.filter((name): name is string => Boolean(name))) {
      if (!(await knex.schema.hasColumn(table, column))) fail(`Strapi's metadata names column ${table}.${column} for ${what}, which does not exist (${see}).`);
    }
  };
  const relations: Array<[string, string]> = [
    ['plugin::newsroom.quote', 'story'],
    ['plugin::newsroom.quote', 'speaker'],
    ['plugin::newsroom.statistic', 'story'],
    ['plugin::newsroom.statistic', 'source'],
    ['plugin::newsroom.statistic', 'baseline'],
    ['plugin::newsroom.statistic', 'comparison'],
    ['plugin::newsroom.photo-caption', 'story'],
    ['plugin::newsroom.story', 'photoCaptions'],
    ['plugin::newsroom.story', 'sources'],
    ['plugin::newsroom.source', 'affiliation'],
    ['plugin::users-permissions.permission', 'role'],
  ];
  for (const [uid, attribute] of relations) {
    const link = linkTableOf(strapi, uid, attribute);
    await mustExist(link.name, [link.ownerColumn, link.relatedColumn, link.orderColumn], `${uid}.${attribute}`);
  }
  if (!linkTableOf(strapi, 'plugin::newsroom.story', 'photoCaptions').orderColumn) {
    fail(`Strapi no longer keeps an order column for story.photoCaptions (${see}).`);
  }
  const morph = morphLinkTableOf(strapi, 'plugin::upload.file', 'related');
  await mustExist(morph.name, [morph.ownerColumn, morph.relatedIdColumn, morph.relatedTypeColumn], 'plugin::upload.file.related');
  const story = columnsOf(strapi, 'plugin::newsroom.story');
  for (const attribute of ['documentId', 'slug', 'headline', 'body', 'tags', 'publishedAt']) {
    const column = story.find((entry) => entry.attribute === attribute)?.column;
    if (!column) fail(`Strapi's metadata gives no column for story.${attribute} (${see}).`);
    await mustExist(tableOf(strapi, 'plugin::newsroom.story'), [column], `story.${attribute}`);
  }
};

const CHECKS: Record<string, Check> = { requestInterceptor, graphqlSchema, strictQueryParams, contentApiGuard, linkTables };

withStrapi(async (strapi) => {
  const results: Record<string, string | null> = {};
  for (const [name, check] of Object.entries(CHECKS)) {
    try {
      await check(strapi);
      results[name] = null;
    } catch (error) {
      results[name] = (error as Error).message;
    }
  }
  process.stdout.write(`\nPROBE ${JSON.stringify(results)}\n`);
}).catch((error) => {
  console.error(error);
  process.exit(1);
});
