import type { Core } from '@strapi/strapi';

const config: Core.Config.Api = {
  rest: {
    defaultLimit: 25,
    maxLimit: 100,
    withCount: true,
    // Unknown query parameters get a 400 instead of being silently ignored.
    strictParams: true,
  },
  documents: {
    strictParams: true,
  },
};

export default config;
