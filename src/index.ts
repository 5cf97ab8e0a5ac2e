import type { Core } from '@strapi/strapi';
import { archivedCopyRoutes } from './admin-api/archived-copies';
import { dataExchangeExportRoutes } from './admin-api/data-exchange-exports';
import { dataExchangeImportRoutes } from './admin-api/data-exchange-imports';
import { guardFirstAdminRegistration } from './admin-api/first-admin';
import { setUp } from './bootstrap';
import { registerDataExchangeAction } from './bootstrap/data-exchange-permission';
import { mappingsOf } from './data-exchange/mappings';
import { dataExchangeSettings } from './data-exchange/settings';
import { registerDocumentMiddlewares } from './document-middlewares';
import { moveMonthsOnIncidentWrites } from './incident-months';
import { INCIDENT_FILTER_PARAMETERS } from './lib/incident-filters';
import { runQueuedWorkAfterCommits } from './lib/after-commit';
import { assertSecrets } from './lib/secrets';
import { contentApiOverride } from './openapi/content-api';
import { acceptQueryParams } from '@syria-cms/strapi-server-helpers';
import { contractProblems } from './public-api/schema';
import { contractSettings } from './public-api/settings';
import { setUpResponseCache } from './response-cache';
import { invalidateOnPublicWrites } from './response-cache/invalidation';
import { publicContractSanitizer } from './sanitizers/public-contract';
import { closeSharedState, openSharedState } from './shared-state';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Every start (start, develop, the admin:* commands) registers; `strapi build` only loads the
    // configuration, so it needs no secrets. No connection is open and no secret used yet.
    assertSecrets(process.env, { production: strapi.config.get('environment') === 'production' });
    // A contract that names a field the schemas do not have, or could sort by a withheld one, is a bug: refuse to start.
    const problems = contractProblems(contractSettings(strapi));
    if (problems.length > 0) throw new Error(`The public read contract is inconsistent: ${problems.join('; ')}`);
    // So is an import mapping declared in config/data-exchange.ts that names a column its base does not read.
    mappingsOf(dataExchangeSettings(strapi));
    registerDocumentMiddlewares(strapi);
    runQueuedWorkAfterCommits(strapi);
    openSharedState(strapi);
    setUpResponseCache(strapi);
    invalidateOnPublicWrites(strapi);
    moveMonthsOnIncidentWrites(strapi);
    // Strapi types sanitizers as lodash-curried functions; a plain (data) => data is what it calls.
    strapi.sanitizers.add('content-api.output', publicContractSanitizer(strapi) as any);
    acceptQueryParams(strapi, /^api::incident\.incident\.find$/, INCIDENT_FILTER_PARAMETERS);
    strapi.plugin('documentation')?.service('override').registerOverride(contentApiOverride);
    strapi.server.routes(archivedCopyRoutes(strapi));
    strapi.server.routes(dataExchangeImportRoutes(strapi));
    strapi.server.routes(dataExchangeExportRoutes(strapi));
    registerDataExchangeAction(strapi);
    guardFirstAdminRegistration(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await setUp(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await closeSharedState(strapi);
  },
};
