import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  {
    name: 'strapi::cors',
    // Sites that may call the API from a browser, comma-separated; "*" (the default) lets any site
    // read it. Never with credentials: another site must not act with a visitor's cookies here.
    config: { origin: env.array('CORS_ORIGINS', ['*']), credentials: false },
  },
  // Before any work is done for a request; after CORS, so a browser can read the 429.
  'global::rate-limit',
  'strapi::poweredBy',
  'global::http-cache',
  'strapi::query',
  // After the query parser: the public content API never serves drafts.
  'global::published-only',
  // Unknown locales and pagination out of range are a 400, not an empty or clamped answer.
  'global::public-query-guard',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  // Before the static files: a confidential source's archived copy is never sent from /uploads.
  'global::confidential-uploads',
  'strapi::public',
];

export default config;
