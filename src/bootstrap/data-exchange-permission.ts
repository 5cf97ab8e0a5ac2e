import type { Core } from '@strapi/strapi';

/**
 * The admin action of importing and exporting records, which opens the Import & Export page and
 * its routes (an action registered without a plugin is named `api::<uid>`). Editors hold it
 * (src/bootstrap/admin-roles.ts); translators do not.
 */
export const DATA_EXCHANGE_ACTION = 'api::data-exchange';

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
