import type { Core } from '@strapi/strapi';
import { EXCHANGE_LANGUAGES } from '../../../data-exchange/languages';
import { exportRecords } from '../../../data-exchange/export/export-records';
import { sendExport } from '../../../data-exchange/export/send-export';
import type { TableFormat } from '../../../data-exchange/tables/write-table';
import { ParameterReader } from '../../../lib/public-query';
import { getService } from '../../../services';

/**
 * GET /api/incidents.csv and .xlsx: the published incidents a site's filters select, as a
 * spreadsheet in the native layout, with what the public read contract publishes.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const download = (format: TableFormat) => async (ctx: any) => {
    const reader = new ParameterReader(ctx.query);
    const language = reader.oneOf('language', EXCHANGE_LANGUAGES) ?? 'both';
    const conditions = await getService('api::incident.incident-query').fromRequest(reader);
    sendExport(ctx, await exportRecords(strapi, { type: 'incidents', format, language, conditions, audience: { kind: 'public' } }));
  };
  return { csv: download('csv'), xlsx: download('xlsx') };
};
