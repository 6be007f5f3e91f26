/**
 * The OpenAPI 3.1 document kept in the repository is the one served, names every newsroom REST
 * route, and describes what the routes really answer: real responses (stories, lists, sources,
 * formats, errors) are validated against it with ajv, so the document cannot drift from the code.
 */
import { readFileSync } from 'fs';
import path from 'path';

import Ajv2020 from 'ajv/dist/2020';

import contentApiRoutes from '../../plugin/server/src/routes/content-api';
import { createTestDatabase, type TestDatabase } from '../support/database';
import type { HttpResponse } from '../support/http';
import { ROOT } from '../support/paths';
import { startServer, type RunningServer } from '../support/processes';
import { seedOrThrow } from '../support/seeding';

const ARTICLE_SLUG = 'us-should-divert-funding-for-ice-raids-to-efforts-to-combat-white-nationalist-terrorism';
const MORE_STORIES = path.join(__dirname, '..', 'fixtures', 'more-stories.json');
const DOCUMENT_FILE = path.join(ROOT, 'plugin', 'server', 'src', 'delivery', 'openapi.json');
const DOCUMENT_ID = 'https://newsroom.example/openapi.json';
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const document = JSON.parse(readFileSync(DOCUMENT_FILE, 'utf8'));

/** `/stories/{slug}` and the route's `/stories/:slug` name the same thing. */
const asOpenApiPath = (routePath: string) => `/api/newsroom${routePath.replace(/:(\w+)/g, '{$1}')}`;

const pointer = (...segments: string[]) => segments.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

describe('the OpenAPI document', () => {
  let db: TestDatabase;
  let server: RunningServer;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addFormat('date-time', { type: 'string', validate: (value: string) => DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)) });
  ajv.addSchema(document, DOCUMENT_ID);

  /** Validates a response against what the document says `path` answers with that status. */
  const expectDocumented = (openApiPath: string, response: HttpResponse & { contentType?: string | null }) => {
    const operation = document.paths[openApiPath]?.get;
    expect({ openApiPath, documented: Boolean(operation) }).toEqual({ openApiPath, documented: true });
    let described = operation.responses[String(response.status)];
    expect({ openApiPath, status: response.status, documented: Boolean(described) }).toEqual({ openApiPath, status: response.status, documented: true });
    let location = `#/${pointer('paths', openApiPath, 'get', 'responses', String(response.status))}`;
    if (described.$ref) {
      location = described.$ref;
      described = document.components.responses[described.$ref.split('/').pop()];
    }
    const [contentType] = Object.keys(described.content ?? {});
    if (!contentType) return expect(response.text).toBe('');
    const validate = ajv.getSchema(`${DOCUMENT_ID}${location}/content/${pointer(contentType)}/schema`)!;
    const valid = validate(response.body);
    expect({ openApiPath, status: response.status, errors: valid ? null : validate.errors }).toEqual({ openApiPath, status: response.status, errors: null });
  };
  const validateAs = (schemaName: string, value: unknown) => {
    const validate = ajv.getSchema(`${DOCUMENT_ID}#/components/schemas/${schemaName}`)!;
    return validate(value) ? null : validate.errors;
  };
  const get = (pathAndQuery: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${pathAndQuery}`, { headers }).then(async (response) => {
      const text = await response.text();
      // A response body is whatever JSON the route sent (or null when empty or not JSON), as in support/http.ts.
      let body: any;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        body = null;
      }
      return { status: response.status, text, body, etag: response.headers.get('etag') };
    });

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedOrThrow(db.env, [undefined, MORE_STORIES]);
    server = await startServer(db.env, { timeoutMs: 180_000 });
  }, 300_000);

  afterAll(async () => {
    await server?.stop();
    await db?.drop();
  });

  it('is OpenAPI 3.1, served at /api/newsroom/openapi.json exactly as kept in the repository', async () => {
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    const served = await get('/api/newsroom/openapi.json');
    expect(served.status).toBe(200);
    expect(served.body).toEqual(document);
    expect((await get('/api/newsroom/openapi.json?foo=1')).status).toBe(400);
  });

  it('documents every newsroom REST route, and no route that does not exist', () => {
    const routes = contentApiRoutes.routes.map((route) => `${route.method} ${asOpenApiPath(route.path)}`).sort();
    const documented = Object.entries(document.paths).flatMap(([p, item]) => Object.keys(item as object).map((method) => `${method.toUpperCase()} ${p}`)).sort();
    expect(documented).toEqual(routes);
  });

  it('compiles: every $ref resolves', () => {
    for (const name of Object.keys(document.components.schemas)) expect(ajv.getSchema(`${DOCUMENT_ID}#/components/schemas/${name}`)).toBeDefined();
  });

  it('describes the stories the routes serve, whole and sparse', async () => {
    const story = await get(`/api/newsroom/stories/${ARTICLE_SLUG}`);
    expect(story.status).toBe(200);
    expectDocumented('/api/newsroom/stories/{slug}', story);
    expect(validateAs('Story', story.body.data)).toBeNull();
    expectDocumented('/api/newsroom/stories/{slug}', await get(`/api/newsroom/stories/${ARTICLE_SLUG}?fields=headline,quotes`));
    expectDocumented('/api/newsroom/stories/{slug}', await get(`/api/newsroom/stories/${ARTICLE_SLUG}`, { 'if-none-match': story.etag! }));

    const list = await get('/api/newsroom/stories?pageSize=100');
    expectDocumented('/api/newsroom/stories', list);
    for (const item of list.body.data) expect(validateAs('Story', item)).toBeNull();
    expectDocumented('/api/newsroom/stories', await get('/api/newsroom/stories?section=Local&sort=headline:asc&fields=headline,publishedAt'));
    expectDocumented('/api/newsroom/stories/{slug}/ninjs', await get(`/api/newsroom/stories/${ARTICLE_SLUG}/ninjs`));
    expectDocumented('/api/newsroom/stories/{slug}/jsonld', await get(`/api/newsroom/stories/${ARTICLE_SLUG}/jsonld`));
  });

  it('describes the sources the routes serve', async () => {
    const list = await get('/api/newsroom/sources?pageSize=100');
    expectDocumented('/api/newsroom/sources', list);
    expectDocumented('/api/newsroom/sources', await get('/api/newsroom/sources?q=harbor'));
    for (const source of list.body.data) expectDocumented('/api/newsroom/sources/{documentId}', await get(`/api/newsroom/sources/${source.documentId}`));
  });

  it.each([
    ['/api/newsroom/stories', '?pageSize=1000'],
    ['/api/newsroom/stories', '?orderBy=headline'],
    ['/api/newsroom/stories/{slug}', '?fields=secret'],
    ['/api/newsroom/stories/{slug}/ninjs', '?fields=headline&foo=1'],
    ['/api/newsroom/sources', '?q='],
    ['/api/newsroom/sources/{documentId}', '?page=0'],
  ])('describes the 400 of %s%s', async (openApiPath, query) => {
    const response = await get(`${openApiPath.replace('{slug}', ARTICLE_SLUG).replace('{documentId}', 'abc')}${query}`);
    expect(response.status).toBe(400);
    expectDocumented(openApiPath, response);
  });

  it.each([
    ['/api/newsroom/stories/{slug}', '/api/newsroom/stories/no-such-story'],
    ['/api/newsroom/stories/{slug}/jsonld', '/api/newsroom/stories/border-apprehensions-fell-again-in-july-dhs-says/jsonld'],
    ['/api/newsroom/sources/{documentId}', '/api/newsroom/sources/nosuchsource'],
  ])('describes the 404 of %s', async (openApiPath, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expectDocumented(openApiPath, response);
  });

  it('would catch a drift: a response with a field the document does not name fails', async () => {
    const story = (await get(`/api/newsroom/stories/${ARTICLE_SLUG}`)).body;
    expect(validateAs('StoryResponse', { ...story, data: { ...story.data, internalId: 1 } })).not.toBeNull();
    expect(validateAs('Story', { ...story.data, quotes: [{ ...story.data.quotes[0], speaker: { name: 'x' } }] })).not.toBeNull();
  });
});
