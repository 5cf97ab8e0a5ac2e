import type { Core } from '@strapi/strapi';
import { ParameterReader } from '../../../lib/public-query';
import { requestedLocale } from '../../../server-shared/locales';
import { GROUPINGS } from '../services/incident-figures';
import { getService } from '../../../services';

/** GET /api/incident-figures?groupBy=month: incident counts and casualty sums for charts and tables. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async figures(ctx: any) {
    const reader = new ParameterReader(ctx.query);
    const groupBy = reader.oneOf('groupBy', GROUPINGS, { required: true });
    const conditions = await getService('api::incident.incident-query').fromRequest(reader);
    ctx.body = await getService('api::incident.incident-figures').figures(conditions, groupBy!, requestedLocale(strapi, ctx.query));
  },
});
