import type { Core } from '@strapi/strapi';

/** The admin permission that opens the Import & Export page and its routes; Editors hold it. */
export const DATA_EXCHANGE_ACTION = 'api::data-exchange';

/** In the register phase, so that the admin's bootstrap gives it to the Super Admin role with every other action. */
export function registerDataExchangePermission(strapi: Core.Strapi) {
  strapi.service('admin::permission').actionProvider.register({
    section: 'settings',
    category: 'data exchange',
    displayName: 'Import and export records',
    uid: 'data-exchange',
  });
}
