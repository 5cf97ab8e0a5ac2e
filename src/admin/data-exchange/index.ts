import { Upload } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { dxMessage } from './messages';

/** The permission the server gives Editors (and super admins): translators neither see the page nor reach its routes. */
export const DATA_EXCHANGE_PERMISSION = { action: 'api::data-exchange', subject: null };

/**
 * The "Import & Export" page in the main menu, for those who may import and export. Its address is
 * not the API's (/admin/data-exchange/...), so a reload of the page is never taken for a request.
 */
export function registerDataExchangePage(app: StrapiApp) {
  app.addMenuLink({
    to: 'import-export',
    icon: Upload,
    intlLabel: dxMessage('title'),
    permissions: [DATA_EXCHANGE_PERMISSION],
    Component: () => import('./ImportExportPage'),
  });
}
