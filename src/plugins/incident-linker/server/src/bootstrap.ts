import type { Core } from '@strapi/strapi';
import { grantPluginActions } from '../../../../server-shared/admin-permissions';
import { ensureIndex } from '../../../../server-shared/database';
import type { IncidentLinkerConfig } from './config';
import { INCIDENT } from '../../../../uids';
import { ACTIONS, PLUGIN_ID } from '../../shared/constants';
import { LINK } from './constants';

/** Idempotent: the pair index, the permission actions, and the roles configured to hold them. */
export default async ({ strapi }: { strapi: Core.Strapi }) => {
  // One link per article-incident pair, decided by the database: concurrent requests cannot both
  // insert. Strapi's schema has no composite unique constraint, so it is added here.
  await ensureIndex(strapi, LINK, 'pair_unique', ['articleDocumentId', 'incidentDocumentId'], { unique: true });
  await ensureIndex(strapi, LINK, 'incident_idx', ['incidentDocumentId'], { unique: false });
  // Suggestions look up incidents dated shortly before an article's dateline.
  await ensureIndex(strapi, INCIDENT, 'date_idx', ['date'], { unique: false });

  const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as IncidentLinkerConfig;
  await grantPluginActions(strapi, PLUGIN_ID, Object.values(ACTIONS), [
    { roles: config.managerRoles, actions: [ACTIONS.read.action, ACTIONS.manage.action] },
    { roles: config.readerRoles, actions: [ACTIONS.read.action] },
  ]);
};
