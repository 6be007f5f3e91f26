/** `newsroom.config.graphqlLimits`: what one GraphQL request may ask for, on the fast path and through Strapi alike. */
export interface GraphqlLimits {
  /** Aliased fields in the whole query (fragments counted where they are spread). */
  maxAliases: number;
  /** Fields at the root of the operation, fragments included. */
  maxRootFields: number;
  /** Nesting of fields (introspection fields aside). */
  maxDepth: number;
  /** Items all paginated fields may return together: each page size times its enclosing page sizes. */
  maxRequestedItems: number;
  /** Tokens in the query text, checked while parsing (bounds the parser's work on a huge body). */
  maxTokens: number;
}

export const DEFAULT_GRAPHQL_LIMITS: GraphqlLimits = {
  maxAliases: 30,
  maxRootFields: 20,
  maxDepth: 10,
  maxRequestedItems: 500,
  maxTokens: 2000,
};

export const validateGraphqlLimits = (value: unknown) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`newsroom: config.graphqlLimits must be an object; got ${JSON.stringify(value)}.`);
  }
  for (const [name, limit] of Object.entries(value)) {
    if (!(name in DEFAULT_GRAPHQL_LIMITS)) {
      throw new Error(`newsroom: config.graphqlLimits.${name} is not a limit; known: ${Object.keys(DEFAULT_GRAPHQL_LIMITS).join(', ')}.`);
    }
    if (!Number.isInteger(limit) || (limit as number) < 1) {
      throw new Error(`newsroom: config.graphqlLimits.${name} must be a whole number, 1 or more; got ${JSON.stringify(limit)}.`);
    }
  }
};
