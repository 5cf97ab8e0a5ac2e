import { factories } from '@strapi/strapi';
import { INCIDENT_FILTER_PARAMETERS } from '../../../lib/incident-filters';
import { ParameterReader } from '../../../lib/public-query';
import { INCIDENT } from '../../../uids';

/**
 * Sites sort by what they show: the date, or the (lowest reported) casualty figures. Databases
 * disagree on where empty values sort (PostgreSQL puts them first when descending, SQLite last),
 * so a casualty sort lists the incidents that have a figure, the same on both.
 */
const SORTS: Record<string, { sort: Record<string, unknown>; having?: Record<string, unknown> }> = {
  'date:desc': { sort: { date: 'desc' } },
  'date:asc': { sort: { date: 'asc' } },
  'killed:desc': { sort: { casualties: { killedMin: 'desc' } }, having: { casualties: { killedMin: { $notNull: true } } } },
  'killed:asc': { sort: { casualties: { killedMin: 'asc' } }, having: { casualties: { killedMin: { $notNull: true } } } },
  'injured:desc': { sort: { casualties: { injuredMin: 'desc' } }, having: { casualties: { injuredMin: { $notNull: true } } } },
  'injured:asc': { sort: { casualties: { injuredMin: 'asc' } }, having: { casualties: { injuredMin: { $notNull: true } } } },
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
    const siteSort = typeof query.sort === 'string' ? SORTS[query.sort] : undefined;
    const all = [query.filters, conditions, siteSort?.having].filter((part) => part && Object.keys(part).length > 0);
    if (all.length > 0) query.filters = all.length === 1 ? all[0] : { $and: all };
    query.sort = siteSort ? [siteSort.sort, { date: 'desc' }] : (query.sort ?? { date: 'desc' });
    return super.find(ctx);
  },
}));
