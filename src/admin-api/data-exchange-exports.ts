import type { Core } from '@strapi/strapi';
import { DATA_EXCHANGE_ACTION } from '../bootstrap/data-exchange-permission';
import { exportRecords } from '../data-exchange/export/export-records';
import { readExportParameters } from '../data-exchange/export/export-parameters';
import { sendExport } from '../data-exchange/export/send-export';

/**
 * GET /admin/data-exchange/exports/:type?format=&language= (and, for incidents, the public API's
 * incident filters, `type` among them): every record of a type, drafts included, with the columns the admin's role
 * may read in the Content Manager (a role that may read none of the type gets a 403). For editors
 * (the data-exchange action); a download no cache keeps, as it may hold private fields.
 */
export const dataExchangeExportRoutes = (strapi: Core.Strapi): Core.Router => ({
  type: 'admin',
  prefix: '/admin',
  routes: [
    {
      method: 'GET',
      path: '/data-exchange/exports/:type',
      handler: async (ctx: any) => {
        const parameters = await readExportParameters(ctx.params.type, ctx.query);
        const file = await exportRecords(strapi, { ...parameters, audience: { kind: 'editor', userAbility: ctx.state.userAbility } });
        ctx.set('Cache-Control', 'private, no-store');
        sendExport(ctx, file);
      },
      info: { type: 'admin' },
      config: {
        policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [DATA_EXCHANGE_ACTION] } }],
      },
    },
  ],
});
