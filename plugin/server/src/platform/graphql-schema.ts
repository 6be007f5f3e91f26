import type { Core } from '@strapi/strapi';
import type { GraphQLSchema } from 'graphql';

/**
 * Strapi's GraphQL plugin builds the content-API schema once, in its bootstrap, by calling
 * `service('content-api').buildSchema()`, and offers no hook on the built schema. This wraps that
 * method (in our `register`, before the plugin's bootstrap runs) so `transform` sees the schema
 * before Apollo serves it. Checked by tests/platform/strapi-internals.test.ts.
 */
export const transformGraphqlSchema = (strapi: Core.Strapi, transform: (schema: GraphQLSchema) => void) => {
  const contentApi = strapi.plugin('graphql').service('content-api') as {
    buildSchema: (...args: unknown[]) => GraphQLSchema | undefined;
  };
  if (typeof contentApi.buildSchema !== 'function') {
    throw new Error(
      "newsroom: Strapi's GraphQL plugin has no service('content-api').buildSchema to wrap (see plugin/server/src/platform/graphql-schema.ts)."
    );
  }
  const buildSchema = contentApi.buildSchema.bind(contentApi);
  contentApi.buildSchema = function newsroomBuildSchema(...args: unknown[]) {
    const schema = buildSchema(...args);
    if (schema?.getTypeMap) transform(schema);
    return schema;
  };
};
