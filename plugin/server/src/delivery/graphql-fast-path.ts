import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'http';

import type { Core } from '@strapi/strapi';
import { buildSchema, execute, Kind, parse, validate, visit, type DocumentNode, type GraphQLSchema } from 'graphql';

import { typeDefs } from './graphql/type-defs';
import { createPublishedStoryResolvers } from './graphql/resolvers';
import { createPublishedSourceResolvers, sourceTypeDefs, type PublishedSourceArgs, type PublishedSourcesArgs } from './graphql/sources';
import type { PublishedStoriesArgs } from './graphql/story-arguments';
import type { DeliveryState } from './delivery-state';
import { GenerationCache } from './generation-cache';
import { exceededLimit, measureQueryCost } from './graphql-cost';
import type { GraphqlCostSettings } from './graphql-limits';
import type { FastPathHandler } from '../platform/request-interceptor';
import { captureResponse } from './response-capture';

const MAX_BODY_BYTES = 64 * 1024;
const MAX_CACHED_DOCUMENTS = 200;
/** Query texts kept parsed; their syntax trees take tens of times their length. */
const MAX_CACHED_DOCUMENT_CHARS = 256 * 1024;
/** Longer query texts are parsed every time, never kept (published-story queries are short). */
const MAX_CACHED_QUERY_CHARS = 8 * 1024;
const MAX_CACHED_ANSWERS = 500;
const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Strapi's headers that describe one response, not every fast-path answer. */
const NOT_REPLAYED = new Set(['content-type', 'set-cookie']);

const sendJson = (res: ServerResponse, headers: OutgoingHttpHeaders, json: Buffer) => {
  res.writeHead(200, { ...headers, 'content-type': JSON_CONTENT_TYPE, 'content-length': json.length });
  res.end(json);
};

interface EligibleQuery {
  document: DocumentNode;
  /** The root fields it asks for: each needs its own public permission. */
  rootFields: Set<string>;
}

/** The public permission each root field the fast path answers needs (`__typename` needs none). */
const ROOT_FIELD_PERMISSIONS: Record<string, keyof Omit<DeliveryState, 'generation'>> = {
  publishedStory: 'publicMayReadStory',
  publishedStories: 'publicMayListStories',
  publishedSource: 'publicMayReadSource',
  publishedSources: 'publicMayListSources',
};

/**
 * A query the fast path may answer: it validates against a schema holding only the newsroom's
 * published-story and published-source queries, asks no introspection, is a query (not a mutation), and its root
 * selections are plain fields (a fragment at the root could hide which fields it asks for from
 * the permission check). Anything else (errors included) is Strapi's to answer, so consumers
 * see one behaviour.
 */
const eligibleQuery = (schema: GraphQLSchema, document: DocumentNode): EligibleQuery | null => {
  if (validate(schema, document).length > 0) return null;
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const plainRoots = operations.every((op) => op.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD));
  if (!plainRoots || operations.some((op) => op.operation !== 'query')) return null;
  let introspects = false;
  visit(document, {
    Field(node) {
      if (node.name.value.startsWith('__') && node.name.value !== '__typename') introspects = true;
    },
  });
  const rootFields = new Set(operations.flatMap((op) => op.selectionSet.selections.map((selection) => (selection as { name: { value: string } }).name.value)));
  return introspects ? null : { document, rootFields };
};

const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      chunks.push(chunk);
    });
    req.on('end', () => (size > MAX_BODY_BYTES ? reject(new Error('body too large')) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });

/** Apollo answers `application/json` to these; any other Accept (graphql-response+json…) is Strapi's to negotiate. */
const acceptsPlainJson = (accept: string | undefined) =>
  !accept || (!/graphql-response/.test(accept) && /application\/json|\*\/\*/.test(accept));

const isPublicJsonPost = (req: IncomingMessage) => {
  const length = Number(req.headers['content-length']);
  return (
    req.method === 'POST' &&
    req.url === '/graphql' &&
    !req.headers.authorization &&
    !req.headers.origin &&
    !req.headers.cookie &&
    (req.headers['content-type'] ?? '').startsWith('application/json') &&
    acceptsPlainJson(req.headers.accept) &&
    length > 0 &&
    length <= MAX_BODY_BYTES
  );
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A body shaped as GraphQL over HTTP requires; anything else goes to Apollo, which answers 400. */
const wellFormedRequest = (value: unknown): value is { query: string; variables?: Record<string, unknown> | null; operationName?: string | null } =>
  isPlainObject(value) &&
  typeof value.query === 'string' &&
  (value.variables === undefined || value.variables === null || isPlainObject(value.variables)) &&
  (value.operationName === undefined || value.operationName === null || typeof value.operationName === 'string');

/**
 * `POST /graphql` for `publishedStory` / `publishedStories` / `publishedSource` /
 * `publishedSources` executed against the same type definitions and resolvers as Strapi's GraphQL
 * plugin, without its per-request and per-field overhead. Until Strapi has answered one GraphQL request, everything goes to Strapi: its
 * response headers (security, CORS defaults) are the ones replayed.
 */
export const createGraphqlFastPath = (
  strapi: Core.Strapi,
  readState: () => Promise<DeliveryState>,
  cost: GraphqlCostSettings,
  cacheBytes: number
): FastPathHandler => {
  // The same schema the cost is measured on: a sources query counts its page like a story list.
  const schema = buildSchema(`scalar JSON\n${typeDefs.replace('extend type Query', 'type Query')}\n${sourceTypeDefs}`);
  const resolvers = createPublishedStoryResolvers(strapi);
  const sourceResolvers = createPublishedSourceResolvers(strapi);
  const rootValue = {
    publishedStory: (args: { slug: string }) => resolvers.publishedStory(null, args),
    publishedStories: (args: PublishedStoriesArgs) => resolvers.publishedStories(null, args),
    publishedSource: (args: PublishedSourceArgs) => sourceResolvers.publishedSource(null, args),
    publishedSources: (args: PublishedSourcesArgs) => sourceResolvers.publishedSources(null, args),
  };
  // Parsed queries by text (valid whatever the generation: the schema does not change).
  const documents = new GenerationCache<EligibleQuery | null>({
    maxEntries: MAX_CACHED_DOCUMENTS,
    maxBytes: MAX_CACHED_DOCUMENT_CHARS,
    sizeOf: () => 0,
  });
  // Rendered answers by query, variables and operation, valid for one delivery generation.
  const answers = new GenerationCache<Buffer>({
    maxEntries: MAX_CACHED_ANSWERS,
    maxBytes: cacheBytes,
    sizeOf: (answer) => (answer as Buffer).length,
  });
  // The cost verdict by request (query, variables, operation), which the same request always
  // gets: a repeated public query is neither parsed nor measured again. A refused query keeps
  // its verdict only, never its document (a storm's syntax tree is what must not pile up).
  const verdicts = new GenerationCache<{ document: DocumentNode | null; exceeded: string | null }>({
    maxEntries: MAX_CACHED_DOCUMENTS,
    maxBytes: MAX_CACHED_DOCUMENT_CHARS,
    sizeOf: () => 0,
  });
  let strapiHeaders: OutgoingHttpHeaders | null = null;

  /** The parsed query, its cost checked before validation (validating a storm of aliases is the expensive part). */
  const parsedWithinLimits = (request: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null }) => {
    let document: DocumentNode;
    try {
      document = parse(request.query, { maxTokens: cost.limits.maxTokens });
    } catch {
      return { document: null, exceeded: null };
    }
    const exceeded = exceededLimit(
      measureQueryCost(schema, document, { variables: request.variables, operationName: request.operationName, defaultPageSize: cost.defaultPageSize, maxPageSize: cost.maxPageSize }),
      cost.limits
    );
    return { document, exceeded };
  };

  const eligible = (source: string, document: DocumentNode) => {
    const cached = documents.get(source, '');
    if (cached !== undefined) return cached;
    const query = eligibleQuery(schema, document);
    if (source.length <= MAX_CACHED_QUERY_CHARS) documents.set(source, '', query);
    return query;
  };

  /** The 400 Apollo gives for a query over a limit, with Strapi's headers, without Strapi's work. */
  const refuse = (res: ServerResponse, message: string) => {
    const json = Buffer.from(`${JSON.stringify({ errors: [{ message, extensions: { code: 'QUERY_TOO_COSTLY' } }] })}\n`);
    res.writeHead(400, { ...strapiHeaders, 'content-type': JSON_CONTENT_TYPE, 'content-length': json.length });
    res.end(json);
  };

  /** Every root field it asks for is one the public may call now (a revoked permission goes to Strapi, which answers 403). */
  const permitted = (query: EligibleQuery, state: DeliveryState) =>
    [...query.rootFields].every((field) => field === '__typename' || (Object.hasOwn(ROOT_FIELD_PERMISSIONS, field) && state[ROOT_FIELD_PERMISSIONS[field]]));

  return (req, res, passToStrapi) => {
    if (!isPublicJsonPost(req)) return false;
    let body: Buffer | null = null;
    const toStrapi = () => passToStrapi(req, res, body!);
    readBody(req)
      .then(async (read) => {
        body = read;
        if (!strapiHeaders) {
          captureResponse(res, (headers) => {
            strapiHeaders ??= Object.fromEntries(Object.entries(headers).filter(([name]) => !NOT_REPLAYED.has(name)));
          });
          return toStrapi();
        }
        let request: unknown;
        try {
          request = JSON.parse(body.toString('utf8'));
        } catch {
          return toStrapi();
        }
        if (!wellFormedRequest(request)) return toStrapi();
        const requestKey = JSON.stringify([request.query, request.variables ?? null, request.operationName ?? null]);
        let verdict = verdicts.get(requestKey, '');
        if (!verdict) {
          const measured = parsedWithinLimits(request);
          verdict = measured.exceeded ? { document: null, exceeded: measured.exceeded } : measured;
          if (requestKey.length <= MAX_CACHED_QUERY_CHARS) verdicts.set(requestKey, '', verdict);
        }
        const { document, exceeded } = verdict;
        if (exceeded) return refuse(res, exceeded);
        const query = document && eligible(request.query, document);
        if (!query) return toStrapi();
        const state = await readState();
        if (!permitted(query, state)) return toStrapi();
        const cached = answers.get(requestKey, state.generation);
        if (cached) return sendJson(res, strapiHeaders, cached);
        const result = await execute({
          schema,
          document: query.document,
          rootValue,
          variableValues: request.variables ?? undefined,
          operationName: request.operationName ?? undefined,
        });
        if (result.errors?.length) return toStrapi();
        const json = Buffer.from(`${JSON.stringify({ data: result.data })}\n`);
        answers.set(requestKey, state.generation, json);
        sendJson(res, strapiHeaders, json);
      })
      .catch((error: Error) => {
        strapi.log.warn(`newsroom: GraphQL fast path failed (${error.message})`);
        if (res.headersSent) return;
        // Strapi answers what the fast path could not, with its headers and error format.
        if (body) return toStrapi();
        res.writeHead(400, { 'content-type': JSON_CONTENT_TYPE });
        res.end(JSON.stringify({ errors: [{ message: 'Bad Request: the request body could not be read.' }] }));
      });
    return true;
  };
};
