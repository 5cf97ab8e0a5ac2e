import type { Core } from '@strapi/strapi';
import { ParameterReader } from '../../../lib/public-query';
import { requestedLocale } from '../../../server-shared/locales';
import { getService } from '../../../services';

/** GET /api/incidents.geojson: the incidents a filter selects, for any GeoJSON consumer. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async geojson(ctx: any) {
    const reader = new ParameterReader(ctx.query);
    const conditions = await getService('api::incident.incident-query').fromRequest(reader);
    ctx.body = await getService('api::incident.incident-map').featureCollection(conditions, requestedLocale(strapi, ctx.query));
    // After the body: Koa types an object body as plain JSON.
    ctx.type = 'application/geo+json';
  },
});
