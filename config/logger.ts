// Strapi's default logger, with its level from LOG_LEVEL (error, warn, info, http, verbose, debug,
// silly; default http). `npm run demo` sets warn for its set-up step.
export default ({ env }) => ({
  level: env('LOG_LEVEL', 'http'),
});
