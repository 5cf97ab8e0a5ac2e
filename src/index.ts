import type { Core } from '@strapi/strapi';
import { archivedCopyRoutes } from './admin-api/archived-copies';
import { setUp } from './bootstrap';
import { registerDocumentMiddlewares } from './document-middlewares';
import { INCIDENT_FILTER_PARAMETERS } from './lib/incident-filters';
import { confidentialSourcesSanitizer } from './sanitizers/confidential-sources';
import { contentApiOverride } from './openapi/content-api';
import { acceptQueryParams } from './server-shared/content-api';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentMiddlewares(strapi);
    // Strapi types sanitizers as lodash-curried functions; a plain (data) => data is what it calls.
    strapi.sanitizers.add('content-api.output', confidentialSourcesSanitizer(strapi) as any);
    acceptQueryParams(strapi, /^api::incident\.incident\.find$/, INCIDENT_FILTER_PARAMETERS);
    strapi.plugin('documentation')?.service('override').registerOverride(contentApiOverride);
    strapi.server.routes(archivedCopyRoutes(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await setUp(strapi);
  },
};
