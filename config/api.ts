export default {
  rest: {
    defaultLimit: 25,
    maxLimit: 100,
    withCount: true,
    // Unknown query parameters are a 400 instead of being silently dropped. Core controllers read
    // this; the newsroom plugin applies it to other plugins' content-API routes
    // (plugin/server/src/platform/strict-query-params.ts) and checks its own routes' query itself.
    strictParams: true,
  },
};
