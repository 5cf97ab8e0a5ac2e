import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  // Right inside the error handler and around everything else, the auth strategies included: an
  // unreachable database is a 503 on every route, not the 401 or 500 that code meeting it answers.
  { name: 'global::database-unavailable', config: { retryAfterSeconds: env.int('DATABASE_RETRY_AFTER_SECONDS', 5) } },
  {
    name: 'strapi::cors',
    // Sites that may call the API from a browser, comma-separated; "*" (the default) lets any site
    // read it. Never with credentials: another site must not act with a visitor's cookies here.
    config: { origin: env.array('CORS_ORIGINS', ['*']), credentials: false },
  },
  // Before any work is done for a request; after CORS, so a browser can read the 429.
  'global::rate-limit',
  'strapi::poweredBy',
  // Before routing and query parsing: a public read answered before is answered from here.
  'global::response-cache',
  // Inside the cache: its headers are kept with each answer, since Strapi's middleware builds them
  // afresh for every request (a seventh of a cache hit's time). They depend on the settings alone,
  // which the cache's release fingerprint holds. A 429 and a CORS preflight carry none: no content.
  'strapi::security',
  'global::http-cache',
  'strapi::query',
  // After the query parser: every content-API read is checked against the public contract.
  'global::public-contract',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  // Before the static files: a confidential source's archived copy is never sent from /uploads.
  'global::confidential-uploads',
  'strapi::public',
];

export default config;
