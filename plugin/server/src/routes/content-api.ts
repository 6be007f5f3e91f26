import { sourceListResponseSchema, sourceResponseSchema, storyListResponseSchema, storyResponseSchema } from '../../../shared/contracts/story';

export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/stories',
      handler: 'story.find',
      response: storyListResponseSchema,
      config: { description: 'Published stories, newest first, with their quotes, figures, captions and sources' },
    },
    {
      method: 'GET',
      path: '/stories/:slug',
      handler: 'story.findOne',
      response: storyResponseSchema,
      config: { description: 'One published story by slug' },
    },
    {
      method: 'GET',
      path: '/stories/:slug/ninjs',
      handler: 'story-ninjs.findOne',
      config: { description: 'One published story as IPTC ninjs 3.1' },
    },
    {
      method: 'GET',
      path: '/stories/:slug/jsonld',
      handler: 'story-jsonld.findOne',
      config: { description: 'One published story as schema.org NewsArticle JSON-LD' },
    },
    {
      method: 'GET',
      path: '/sources',
      handler: 'source.find',
      response: sourceListResponseSchema,
      config: { description: 'Sources that published stories quote, cite or list, by name; ?q= searches names' },
    },
    {
      method: 'GET',
      path: '/sources/:documentId',
      handler: 'source.findOne',
      response: sourceResponseSchema,
      config: { description: 'One source and the published stories that quote, cite or list it, newest first' },
    },
    {
      method: 'GET',
      path: '/openapi.json',
      handler: 'openapi.find',
      // The API's description is public, whatever a role may read.
      config: { auth: false, description: 'The OpenAPI 3.1 document of these routes' },
    },
  ],
};
