import type { Core } from '@strapi/strapi';
import { ParameterReader } from '../../../lib/public-query';
import { requestedLocale } from '../../../server-shared/locales';

/** GET /api/incidents.geojson: the incidents a filter selects, for any GeoJSON consumer. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async geojson(ctx: any) {
    const reader = new ParameterReader(ctx.query);
    const conditions = await strapi.service('api::incident.incident-query').fromRequest(reader);
    ctx.body = await strapi.service('api::incident.incident-map').featureCollection(conditions, requestedLocale(strapi, ctx.query));
    // After the body: Koa types an object body as plain JSON.
    ctx.type = 'application/geo+json';
  },
});
