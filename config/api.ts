export default {
  rest: {
    defaultLimit: 25,
    maxLimit: 100,
    withCount: true,
    // Unknown query parameters on Strapi's own content-API routes (users-permissions, upload,
    // core controllers) are a 400 instead of being silently dropped. The newsroom routes reject
    // them on their own (plugin/server/src/utils/public-query.ts).
    strictParams: true,
  },
};
