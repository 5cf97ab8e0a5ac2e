import { factories } from '@strapi/strapi';
import { INCIDENT } from '../../../uids';
import { getService } from '../../../services';

/**
 * The list takes the site filters (from, to, location, type, weapon, perpetrator, verification,
 * minKilled, minInjured) beside Strapi's own `filters`, and is newest first unless sorted.
 */
export default factories.createCoreController(INCIDENT, ({ strapi }) => ({
  async find(ctx) {
    await getService('api::incident.incident-query').toStrapiQuery(ctx.query);
    return super.find(ctx);
  },
}));
