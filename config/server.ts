export default ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  // The site's public address: ninjs and JSON-LD build their absolute URLs from it, never from the
  // Host header. Required in production (the newsroom plugin refuses to start without it).
  url: env('PUBLIC_URL', ''),
  app: {
    keys: env.array('APP_KEYS'),
  },
});
