/**
 * Property-based tests of the public query parsing: whatever the query string, the answer is a
 * 2xx or a 4xx, never a 5xx, and never a draft. Against the running app (REST and GraphQL), and
 * against the parser itself with many more cases.
 */
import fc from 'fast-check';
import { errors } from '@strapi/utils';

import { parseStoryListQuery, parseStoryQuery } from '../../plugin/server/src/delivery/public-query';
import { ARTICLE_SLUG, call, DRAFT_MARKERS, graphql, startNewsroomWithDrafts, type Newsroom } from './support';

const KNOWN_KEYS = ['page', 'pageSize', 'status', 'sort', 'section', 'tag', 'source', 'publishedAfter', 'publishedBefore', 'fields'];
const STRAPI_KEYS = ['filters', 'populate', 'locale', 'publicationState', 'pagination', '_q', 'start', 'limit'];

const key = fc.oneof(
  fc.constantFrom(...KNOWN_KEYS, ...STRAPI_KEYS),
  fc.string({ maxLength: 12 }),
  fc.tuple(fc.constantFrom(...KNOWN_KEYS, ...STRAPI_KEYS), fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('$eq', '$null', '0', '__proto__', 'constructor')), { minLength: 1, maxLength: 3 })).map(
    ([base, path]) => `${base}${path.map((part) => `[${part}]`).join('')}`
  )
);
const value = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom('draft', 'published', 'publishedAt:desc', 'headline:asc', '1e309', '-0', '', '%', '%00', '%zz', '9'.repeat(400), '2019-02-30', 'headline,quotes', ',,,', 'true')
);
/** Sent as they are: broken percent-encodings, bare brackets, repeated keys. */
const RAW = ['%', '%zz', '%E0%A4%A', '=', '&&', 'page', 'page[$gt]=1', '[]=x', 'a[b][c][d][e][f][g]=1', 'page=1&page=2', 'fields[]=headline', 'sort[0]=headline:asc'];
const queryString = fc
  .tuple(fc.array(fc.tuple(key, value), { maxLength: 6 }), fc.option(fc.constantFrom(...RAW)))
  .map(([pairs, raw]) => [...pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`), ...(raw ? [raw] : [])].join('&'));
const slug = fc.oneof(fc.constant(ARTICLE_SLUG), fc.string({ maxLength: 30 }), fc.stringMatching(/^[a-z0-9-]{1,40}$/));

describe('fuzzing the public query parser', () => {
  it('the parser only ever throws a ValidationError, for any object Koa could give it', () => {
    const qsValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, value, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 6 }), tie('node'), { maxKeys: 3 })),
    })).node;
    const query = fc.dictionary(fc.oneof(fc.constantFrom(...KNOWN_KEYS), fc.string({ maxLength: 8 })), qsValue, { maxKeys: 6 });
    fc.assert(
      fc.property(query, (q) => {
        for (const parse of [parseStoryListQuery, parseStoryQuery]) {
          try {
            parse(q);
          } catch (error) {
            if (!(error instanceof errors.ValidationError)) throw error;
          }
        }
      }),
      { numRuns: 5000 }
    );
  });

  describe('against the running app', () => {
    let newsroom: Newsroom;

    beforeAll(async () => {
      newsroom = await startNewsroomWithDrafts();
    }, 180_000);

    afterAll(() => newsroom?.close());

    it('REST: every response is 2xx or 4xx, and holds no draft', async () => {
      await fc.assert(
        fc.asyncProperty(queryString, slug, fc.constantFrom('', '/:slug', '/:slug/ninjs', '/:slug/jsonld'), async (qs, s, route) => {
          const pathname = `/api/newsroom/stories${route.replace(':slug', encodeURIComponent(s))}`;
          const response = await call(`${newsroom.server.url}${pathname}${qs ? `?${qs}` : ''}`);
          if (response.status >= 500 || response.status < 200 || DRAFT_MARKERS.test(response.text)) {
            throw new Error(`${pathname}?${qs} answered ${response.status}: ${response.text.slice(0, 300)}`);
          }
        }),
        { numRuns: 400 }
      );
    }, 300_000);

    it('GraphQL: any page, page size or slug is answered without a server error', async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer(), fc.integer(), slug, async (page, pageSize, s) => {
          const response = await graphql(
            newsroom.server.url,
            'query($page: Int, $pageSize: Int, $slug: String!) { publishedStories(page: $page, pageSize: $pageSize) { pagination { total } data { slug } } publishedStory(slug: $slug) { headline } }',
            undefined,
            { page, pageSize, slug: s }
          );
          const codes = (response.body?.errors ?? []).map((error: any) => error.extensions?.code);
          if (response.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR') || DRAFT_MARKERS.test(response.text)) {
            throw new Error(`page=${page} pageSize=${pageSize} slug=${s}: ${response.status} ${response.text.slice(0, 300)}`);
          }
        }),
        { numRuns: 150 }
      );
    }, 300_000);
  });
});
