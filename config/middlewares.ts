export default ({ env }) => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  {
    name: 'strapi::cors',
    config: {
      // Cross-origin callers allowed, comma-separated (https://site.example,https://other.example).
      // Default none: Strapi's default echoes any Origin with credentials, so a sibling subdomain
      // could have spent the admin's refresh cookie. The admin panel is same-origin and needs none.
      origin: env.array('CORS_ORIGINS', []),
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
