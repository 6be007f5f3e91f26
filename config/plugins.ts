export default ({ env }) => ({
  newsroom: {
    enabled: true,
    resolve: './plugin',
  },
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
    },
  },
  // GraphQL delivery is not hardened yet (drafts reachable through `status: DRAFT`): off until it is.
  graphql: {
    enabled: false,
  },
});
