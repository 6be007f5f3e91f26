import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'http';

import type { Core } from '@strapi/strapi';
import { buildSchema, execute, Kind, parse, validate, visit, type DocumentNode, type GraphQLSchema } from 'graphql';

import { typeDefs } from '../graphql/type-defs';
import { createPublishedStoryResolvers } from '../graphql/resolvers';
import type { PublishedStoriesArgs } from './graphql-story-arguments';
import type { DeliveryState } from './delivery-state';
import { GenerationCache } from './generation-cache';
import type { FastPathHandler } from './request-interceptor';
import { captureResponse } from './response-capture';

const MAX_BODY_BYTES = 64 * 1024;
const MAX_CACHED_DOCUMENTS = 200;
const MAX_CACHED_ANSWERS = 500;

const sendJson = (res: ServerResponse, headers: OutgoingHttpHeaders, json: Buffer) => {
  res.writeHead(200, { ...headers, 'content-length': json.length });
  res.end(json);
};

interface EligibleQuery {
  document: DocumentNode;
  /** The root fields it asks for: each needs its own public permission. */
  rootFields: Set<string>;
}

/**
 * A query the fast path may answer: it validates against a schema holding only the two
 * published-story queries, asks no introspection, and is a query (not a mutation). Anything
 * else (errors included) is Strapi's to answer, so consumers see one behaviour.
 */
const eligibleQuery = (schema: GraphQLSchema, source: string): EligibleQuery | null => {
  let document: DocumentNode;
  try {
    document = parse(source);
  } catch {
    return null;
  }
  if (validate(schema, document).length > 0) return null;
  let introspects = false;
  const rootFields = new Set<string>();
  visit(document, {
    Field(node, _key, _parent, path) {
      if (node.name.value.startsWith('__') && node.name.value !== '__typename') introspects = true;
      // Root selections sit at depth 4 of the visitor path (definitions, i, selectionSet, selections, j).
      if (path.length === 5) rootFields.add(node.name.value);
    },
  });
  const onlyQueries = document.definitions.every((d) => d.kind !== Kind.OPERATION_DEFINITION || d.operation === 'query');
  return introspects || !onlyQueries ? null : { document, rootFields };
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

const isPublicJsonPost = (req: IncomingMessage) => {
  const length = Number(req.headers['content-length']);
  return (
    req.method === 'POST' &&
    req.url === '/graphql' &&
    !req.headers.authorization &&
    !req.headers.origin &&
    !req.headers.cookie &&
    (req.headers['content-type'] ?? '').startsWith('application/json') &&
    length > 0 &&
    length <= MAX_BODY_BYTES
  );
};

/**
 * `POST /graphql` for `publishedStory` / `publishedStories` executed against the same type
 * definitions and resolvers as Strapi's GraphQL plugin, without its per-request and per-field
 * overhead. Until Strapi has answered one GraphQL request, everything goes to Strapi: its
 * response headers (security, CORS defaults) are the ones replayed.
 */
export const createGraphqlFastPath = (strapi: Core.Strapi, readState: () => Promise<DeliveryState>): FastPathHandler => {
  const schema = buildSchema(`scalar JSON\n${typeDefs.replace('extend type Query', 'type Query')}`);
  const resolvers = createPublishedStoryResolvers(strapi);
  const rootValue = {
    publishedStory: (args: { slug: string }) => resolvers.publishedStory(null, args),
    publishedStories: (args: PublishedStoriesArgs) => resolvers.publishedStories(null, args),
  };
  const documents = new Map<string, EligibleQuery | null>();
  // Rendered answers by query, variables and operation, valid for one delivery generation.
  const answers = new GenerationCache<Buffer>(MAX_CACHED_ANSWERS);
  let strapiHeaders: OutgoingHttpHeaders | null = null;

  const eligible = (source: string) => {
    if (!documents.has(source)) {
      if (documents.size >= MAX_CACHED_DOCUMENTS) documents.delete(documents.keys().next().value!);
      documents.set(source, eligibleQuery(schema, source));
    }
    return documents.get(source)!;
  };

  const permitted = (query: EligibleQuery, state: DeliveryState) =>
    (!query.rootFields.has('publishedStory') || state.publicMayReadStory) &&
    (!query.rootFields.has('publishedStories') || state.publicMayListStories);

  return (req, res, passToStrapi) => {
    if (!isPublicJsonPost(req)) return false;
    readBody(req)
      .then(async (body) => {
        const toStrapi = () => passToStrapi(req, res, body);
        if (!strapiHeaders) {
          captureResponse(res, (headers) => (strapiHeaders ??= headers));
          return toStrapi();
        }
        let request: { query?: unknown; variables?: unknown; operationName?: unknown };
        try {
          request = JSON.parse(body.toString('utf8'));
        } catch {
          return toStrapi();
        }
        if (typeof request?.query !== 'string') return toStrapi();
        const query = eligible(request.query);
        if (!query) return toStrapi();
        const state = await readState();
        if (!permitted(query, state)) return toStrapi();
        const answerKey = JSON.stringify([request.query, request.variables ?? null, request.operationName ?? null]);
        const cached = answers.get(answerKey, state.generation);
        if (cached) return sendJson(res, strapiHeaders, cached);
        const result = await execute({
          schema,
          document: query.document,
          rootValue,
          variableValues: (request.variables as Record<string, unknown>) ?? undefined,
          operationName: typeof request.operationName === 'string' ? request.operationName : undefined,
        });
        if (result.errors?.length) return toStrapi();
        const json = Buffer.from(`${JSON.stringify({ data: result.data })}\n`);
        answers.set(answerKey, state.generation, json);
        sendJson(res, strapiHeaders, json);
      })
      .catch((error: Error) => {
        strapi.log.warn(`newsroom: GraphQL fast path failed (${error.message})`);
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ errors: [{ message: 'Internal Server Error' }] }));
        }
      });
    return true;
  };
};
