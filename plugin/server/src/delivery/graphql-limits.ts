import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Core } from '@strapi/strapi';
import { GraphQLError } from 'graphql';

import { DEFAULT_GRAPHQL_LIMITS, type GraphqlLimits } from '../config/graphql-limits';
import { exceededLimit, measureQueryCost } from './graphql-cost';

export interface GraphqlCostSettings {
  limits: GraphqlLimits;
  defaultPageSize: number;
  maxPageSize: number;
}

export const graphqlCostSettings = (strapi: Core.Strapi): GraphqlCostSettings => ({
  limits: { ...DEFAULT_GRAPHQL_LIMITS, ...(strapi.config.get('plugin::newsroom.graphqlLimits') as Partial<GraphqlLimits> | undefined) },
  defaultPageSize: (strapi.config.get('plugin::graphql.defaultLimit') as number | undefined) ?? 10,
  maxPageSize: (strapi.config.get('plugin::graphql.maxLimit') as number | undefined) ?? 100,
});

/**
 * The same cost limit on Strapi's Apollo server as on the fast path: an Apollo plugin checks the
 * operation once it is parsed and validated (variables known, nothing executed yet; a hook before
 * validation would answer 500) and answers 400 naming the limit; the parser stops at `maxTokens`,
 * which bounds the validation's work. Apollo's document store is off: it keeps every valid
 * document it parsed, refused ones included, so a client sending a fresh alias storm each time
 * grew the heap by about 3 MB a second under `npm run loadtest` (the public reads it would speed
 * up take the fast path, which keeps parsed queries of its own, bounded). Registered into the
 * GraphQL plugin's `apolloServer` config, which Strapi merges into the server it creates at bootstrap.
 */
export const registerGraphqlCostLimit = (strapi: Core.Strapi) => {
  if (!strapi.plugin('graphql')) return;
  const settings = graphqlCostSettings(strapi);
  const costLimitPlugin: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, request }) {
          const cost = measureQueryCost(schema, document, {
            variables: request.variables,
            operationName: request.operationName,
            defaultPageSize: settings.defaultPageSize,
            maxPageSize: settings.maxPageSize,
          });
          const exceeded = exceededLimit(cost, settings.limits);
          if (exceeded) throw new GraphQLError(exceeded, { extensions: { code: 'QUERY_TOO_COSTLY', http: { status: 400 } } });
        },
      };
    },
  };
  const apollo = (strapi.config.get('plugin::graphql.apolloServer') as Partial<ApolloServerOptions<BaseContext>> | undefined) ?? {};
  strapi.config.set('plugin::graphql.apolloServer', {
    ...apollo,
    parseOptions: { maxTokens: settings.limits.maxTokens, ...apollo.parseOptions },
    documentStore: apollo.documentStore === undefined ? null : apollo.documentStore,
    plugins: [...(apollo.plugins ?? []), costLimitPlugin],
  });
};
