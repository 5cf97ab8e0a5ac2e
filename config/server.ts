import type { Core } from '@strapi/strapi';

// The secrets are checked when the server registers (src/index.ts), not here: `strapi build` loads
// this file too and needs none.
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  // Behind a load balancer or CDN, SERVER_PROXY=true makes the client's address (X-Forwarded-For)
  // the one rate limiting counts, not the proxy's.
  proxy: { koa: env.bool('SERVER_PROXY', false) },
  app: {
    keys: env.array('APP_KEYS') as string[],
  },
  webhooks: {
    populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
  },
  // There is no route to the internet from the servers this runs on.
  logger: { updates: { enabled: false } },
});

export default config;
