import type { Core } from '@strapi/strapi';
import { setUp } from './bootstrap';
import { registerDocumentMiddlewares } from './document-middlewares';
import { confidentialSourcesSanitizer } from './sanitizers/confidential-sources';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentMiddlewares(strapi);
    // Strapi types sanitizers as lodash-curried functions; a plain (data) => data is what it calls.
    strapi.sanitizers.add('content-api.output', confidentialSourcesSanitizer(strapi) as any);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await setUp(strapi);
  },
};
