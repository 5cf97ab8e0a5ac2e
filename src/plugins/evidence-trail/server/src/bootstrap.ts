import type { Core } from '@strapi/strapi';
import { grantPluginActions } from '@syria-cms/strapi-server-helpers';
import { ACTIONS, PLUGIN_ID } from '../../shared/constants';
import { trailConfig } from './config';
import { getService } from './utils';

/** Idempotent: the trail's table (append-only on PostgreSQL), and the permission to read histories. */
export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService('trail').ensureTable();
  // The audit of refused writes is for super admins, who hold every permission.
  await grantPluginActions(strapi, PLUGIN_ID, Object.values(ACTIONS), [{ roles: trailConfig(strapi).readerRoles, actions: [ACTIONS.read.action] }]);
};
