import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';

export default ({ env }) => ({
  newsroom: {
    enabled: true,
    resolve: './plugin',
    config: {
      // 'block' (default) | 'warn' | 'off': publishing a story with attribution errors.
      publishGuard: env('NEWSROOM_PUBLISH_GUARD', 'block'),
      // Readers creating their own accounts (with e-mail confirmation): off unless this is true.
      allowReaderRegistration: env.bool('NEWSROOM_ALLOW_REGISTER', false),
    },
  },
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
    },
  },
  // Newsroom types are served only through the published* queries (see docs/api.md).
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      depthLimit: env.int('GRAPHQL_DEPTH_LIMIT', 10),
      defaultLimit: 10,
      maxLimit: 100,
      // In production no page at all (Strapi's `false` still serves Apollo's production landing page).
      landingPage: env('NODE_ENV') !== 'production' ? true : () => ApolloServerPluginLandingPageDisabled(),
      apolloServer: {
        introspection: env.bool('GRAPHQL_INTROSPECTION', env('NODE_ENV') !== 'production'),
        // Public callers never see a stack trace or a file path, in any mode (`npm start` runs in development).
        includeStacktraceInErrorResponses: false,
      },
    },
  },
});
