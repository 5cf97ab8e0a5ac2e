import type { Core } from '@strapi/strapi';
import { ensureAdminRoles } from './admin-roles';
import { ensureApiDocumentation } from './api-documentation';
import { ensureEditLayouts } from './edit-layouts';
import { isEmptyProject, loadDemoData } from './demo-data';
import { disableDemoPasswordAdmins, ensureDevelopmentAdmin } from './dev-admin';
import { ensureIncidentIndexes } from './incident-indexes';
import { ensureMonthTables } from '../incident-months';
import { ensureLocales } from './locales';
import { ensurePublicPermissions } from './public-permissions';
import { ensurePublicRegistration } from './registration';
import { ensureSearchText } from './search-text';
import { ensureSearchIndex } from '../search-index';
import { ensureUniqueness } from './uniqueness';

/** The set-up every start runs. Each step is idempotent: starting twice changes nothing. */
export async function setUp(strapi: Core.Strapi) {
  await ensureUniqueness(strapi);
  await ensureLocales(strapi);
  await ensurePublicPermissions(strapi);
  await ensurePublicRegistration(strapi);
  await ensureAdminRoles(strapi);
  await ensureSearchText(strapi);
  await ensureIncidentIndexes(strapi);
  await ensureMonthTables(strapi);
  await ensureSearchIndex(strapi);
  await ensureApiDocumentation(strapi);
  await ensureEditLayouts(strapi);

  if (strapi.config.get('environment') === 'production') await disableDemoPasswordAdmins(strapi);
  if (strapi.config.get('environment') === 'development') {
    await ensureDevelopmentAdmin(strapi);
    if (process.env.DEMO_DATA !== 'false' && (await isEmptyProject(strapi))) {
      const { created } = await loadDemoData(strapi);
      strapi.log.info(`Loaded the demo content: ${JSON.stringify(created)}`);
    }
  }
}
