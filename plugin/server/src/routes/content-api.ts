export default {
  type: 'content-api',
  routes: [
    {
      method: 'GET',
      path: '/stories',
      handler: 'story.find',
      config: { description: 'Published stories, newest first, with their quotes, figures, captions and sources' },
    },
    {
      method: 'GET',
      path: '/stories/:slug',
      handler: 'story.findOne',
      config: { description: 'One published story by slug' },
    },
  ],
};
