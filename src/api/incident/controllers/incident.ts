import { factories } from '@strapi/strapi';
import { INCIDENT_FILTER_PARAMETERS } from '../../../lib/incident-filters';
import { ParameterReader } from '../../../lib/public-query';
import { INCIDENT } from '../../../uids';

/** Sites sort by what they show: the date, or the (lowest reported) casualty figures. */
const SORTS: Record<string, Record<string, unknown>> = {
  'date:desc': { date: 'desc' },
  'date:asc': { date: 'asc' },
  'killed:desc': { casualties: { killedMin: 'desc' } },
  'killed:asc': { casualties: { killedMin: 'asc' } },
  'injured:desc': { casualties: { injuredMin: 'desc' } },
  'injured:asc': { casualties: { injuredMin: 'asc' } },
};

/**
 * The list takes the site filters (from, to, location, type, weapon, perpetrator, verification,
 * minKilled, minInjured) beside Strapi's own `filters`, and is newest first unless sorted.
 */
export default factories.createCoreController(INCIDENT, ({ strapi }) => ({
  async find(ctx) {
    const query = ctx.query as Record<string, any>;
    const siteFilters = Object.fromEntries(INCIDENT_FILTER_PARAMETERS.filter((name) => name in query).map((name) => [name, query[name]]));
    const conditions = await strapi.service('api::incident.incident-query').fromRequest(new ParameterReader(siteFilters));
    for (const name of INCIDENT_FILTER_PARAMETERS) delete query[name];
    if (Object.keys(conditions).length > 0) query.filters = query.filters ? { $and: [query.filters, conditions] } : conditions;
    query.sort = typeof query.sort === 'string' && SORTS[query.sort] ? [SORTS[query.sort], { date: 'desc' }] : (query.sort ?? { date: 'desc' });
    return super.find(ctx);
  },
}));
