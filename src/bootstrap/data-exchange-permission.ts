import type { Core } from '@strapi/strapi';

/** The admin action of importing and exporting records (an action registered without a plugin is named `api::<uid>`). */
export const DATA_EXCHANGE_ACTION = 'api::data-exchange';
const EDITOR_ROLE_CODE = 'strapi-editor';

/**
 * Registered while the app registers, not at its bootstrap: the admin's own bootstrap runs first,
 * gives super admins every action then registered and deletes the permissions of any other, so an
 * action registered later would be missing for super admins and taken from editors at each start.
 */
export function registerDataExchangeAction(strapi: Core.Strapi) {
  strapi.service('admin::permission').actionProvider.register({
    section: 'settings',
    category: 'data exchange',
    displayName: 'Import and export records',
    uid: 'data-exchange',
  });
}

/** Editors import and export; translators and other roles do not. Idempotent. */
export async function ensureDataExchangePermission(strapi: Core.Strapi) {
  const role = await strapi.db.query('admin::role').findOne({ where: { code: EDITOR_ROLE_CODE } });
  const held = await strapi.service('admin::permission').findMany({ where: { role: { id: role.id }, action: DATA_EXCHANGE_ACTION } });
  if (held.length === 0) {
    await strapi.service('admin::role').addPermissions(role.id, [{ action: DATA_EXCHANGE_ACTION, subject: null, properties: {}, conditions: [] }]);
  }
}
