import type { Core } from '@strapi/strapi';
import { INCIDENT_FILTER_PARAMETERS, readIncidentFilters, type IncidentFilters } from '../../../lib/incident-filters';
import { ParameterReader } from '../../../lib/public-query';
import { columnOf, metadataOf, modelOf, placeDirectory, queryOf, tableOf, throwIfProblems } from '@syria-cms/strapi-server-helpers';
import { ACTOR, INCIDENT, INCIDENT_TYPE, LOCATION, WEAPON } from '../../../uids';

export type Conditions = Record<string, unknown>;

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


const VOCABULARY_OF: Record<'type' | 'weapon' | 'perpetrator', { uid: string; name: string }> = {
  type: { uid: INCIDENT_TYPE, name: 'incident type' },
  weapon: { uid: WEAPON, name: 'weapon' },
  perpetrator: { uid: ACTOR, name: 'actor' },
};

/**
 * Turns a site's incident filters into conditions that both the content API (`filters`) and the
 * query engine (`where`) understand, and reads the published incidents they select.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Reads the incident filters of a request and resolves them, or throws one 400 naming every
   * rejected parameter, including those the caller found among its own.
   */
  async fromRequest(reader: ParameterReader): Promise<Conditions> {
    const conditions = await this.conditions(readIncidentFilters(reader), reader);
    throwIfProblems(reader.problems);
    return conditions;
  },

  /**
   * Rewrites a list request's site filters and sort into Strapi's own `filters` and `sort`, in
   * place (the query object is the request's), combined with any `filters` it already has.
   */
  async toStrapiQuery(query: Record<string, any>): Promise<void> {
    const siteFilters = Object.fromEntries(INCIDENT_FILTER_PARAMETERS.filter((name) => name in query).map((name) => [name, query[name]]));
    const conditions = await this.fromRequest(new ParameterReader(siteFilters));
    for (const name of INCIDENT_FILTER_PARAMETERS) delete query[name];
    const siteSort = typeof query.sort === 'string' ? SORTS[query.sort] : undefined;
    const all = [query.filters, conditions, siteSort?.having].filter((part) => part && Object.keys(part).length > 0);
    if (all.length > 0) query.filters = all.length === 1 ? all[0] : { $and: all };
    query.sort = siteSort ? [siteSort.sort, { date: 'desc' }] : (query.sort ?? { date: 'desc' });
  },

  /** Unknown keys, places and statuses are reported to the reader as problems of their parameter. */
  async conditions(filters: IncidentFilters, reader: ParameterReader): Promise<Conditions> {
    const all: Conditions[] = [];
    all.push(...dateBounds(filters.from, filters.to));
    if (filters.location) {
      const places = await placeDirectory(strapi, LOCATION);
      const ids = new Set<string>();
      for (const wanted of filters.location) {
        const place = places.find(wanted);
        if (!place) reader.problem('location', `no place has the documentId or p-code "${wanted}"`);
        else places.withDescendants(place.documentId).forEach((id) => ids.add(id));
      }
      all.push(placeCondition([...ids]));
    }
    for (const parameter of ['type', 'weapon', 'perpetrator'] as const) {
      const keys = filters[parameter];
      if (!keys) continue;
      await checkKeys(strapi, parameter, keys, reader);
      if (parameter === 'type') all.push({ incidentType: { key: { $in: keys } } });
      if (parameter === 'weapon') all.push({ weapons: { key: { $in: keys } } });
      if (parameter === 'perpetrator') all.push({ perpetrators: { actor: { key: { $in: keys } } } });
    }
    if (filters.verification) {
      const statuses: string[] = (modelOf(strapi, INCIDENT).attributes as any).verificationStatus.enum;
      const unknown = filters.verification.filter((status) => !statuses.includes(status));
      if (unknown.length > 0) reader.problem('verification', `verification must be among ${statuses.join(', ')}; got ${unknown.join(', ')}`);
      all.push({ verificationStatus: { $in: filters.verification } });
    }
    if (filters.minKilled !== undefined) all.push({ casualties: { killedMin: { $gte: filters.minKilled } } });
    if (filters.minInjured !== undefined) all.push({ casualties: { injuredMin: { $gte: filters.minInjured } } });
    return all.length > 0 ? { $and: all } : {};
  },

  /** The range of dates of conditions that hold nothing else, as conditions() writes them; null when they hold more. */
  dateRangeOf(conditions: Conditions): { from?: string; to?: string } | null {
    const all: any[] = Object.keys(conditions).length === 0 ? [] : Array.isArray(conditions.$and) && Object.keys(conditions).length === 1 ? conditions.$and : [conditions];
    const range: { from?: string; to?: string } = {};
    for (const condition of all) {
      const bound = Object.keys(condition).length === 1 && condition.date && Object.keys(condition.date).length === 1 ? condition.date : null;
      if (typeof bound?.$gte === 'string' && range.from === undefined) range.from = bound.$gte;
      else if (typeof bound?.$lte === 'string' && range.to === undefined) range.to = bound.$lte;
      else return null;
    }
    return range;
  },

  /**
   * The published incidents matching, one row per document: the version a reader of `locale`
   * sees, in that locale where the incident has one, otherwise in another and marked
   * `localeFallback` (chosenVersions), so a map does not lose incidents not translated yet.
   * Newest first.
   *
   * The chosen versions' ids, then what `shape` needs of them, in chunks: Strapi populates a
   * relation with one IN list of every row, and PostgreSQL takes at most 65,535 parameters a
   * statement. Queries: 1 + (1 + relations populated) per 5,000 incidents.
   */
  async published(conditions: Conditions, locale: string, shape: { select: string[]; populate: Record<string, unknown> }) {
    const date = columnOf(strapi, INCIDENT, 'date');
    const chosen: { id: number }[] = await strapi.db.connection.from(this.chosenVersions(conditions, locale).as('c')).select('c.id').orderBy([{ column: `c.${date}`, order: 'desc' }, { column: 'c.id', order: 'asc' }]);
    const ids = chosen.map((version) => Number(version.id));
    const byId = new Map<number, any>();
    for (let start = 0; start < ids.length; start += CHUNK) {
      const rows: any[] = await strapi.db.query(INCIDENT).findMany({
        where: { id: { $in: ids.slice(start, start + CHUNK) } },
        select: [...new Set(['id', 'documentId', 'locale', ...shape.select])],
        populate: shape.populate,
      });
      for (const row of rows) byId.set(row.id, row);
    }
    return ids.map((id) => byId.get(id)).map((row) => ({ ...row, localeFallback: row.locale !== locale }));
  },

  /**
   * The version of each incident a reader of `locale` sees, where it meets the conditions: a
   * statement selecting its `id` and `date`. The version is chosen before the conditions apply:
   * the published one in the locale where the incident has it, otherwise the first of its other
   * published versions (newest, then oldest row). Strapi publishes each locale on its own, so a
   * date or a figure can differ between an incident's versions until the other is published too;
   * the English map of June must not show in Arabic an incident whose English version says
   * January. Only incidents with a matching version in another locale are ranked: sorting every
   * version of a year by document took most of a figures statement at 100,000 incidents.
   */
  chosenVersions(conditions: Conditions, locale: string) {
    const knex = strapi.db.connection;
    const [documentId, versionLocale, date, publishedAt] = ['documentId', 'locale', 'date', 'publishedAt'].map((attribute) => columnOf(strapi, INCIDENT, attribute));
    const table = tableOf(strapi, INCIDENT);
    // Found once and read three times: MATERIALIZED, or SQLite finds them again for each.
    const matching = publishedVersions(strapi, conditions);
    // The incidents with a matching version in another locale and none published in the locale,
    // driven from the matching versions (a year of a governorate, not every version of the table)...
    const untranslated = knex
      .from(`${MATCHING} as n`)
      .distinct(`n.${documentId}`)
      .whereNot(`n.${versionLocale}`, locale)
      // NOT EXISTS rather than NOT IN: PostgreSQL plans it as an anti-join instead of probing a list per row.
      .whereNotExists(
        knex
          .from(`${table} as x`)
          .select(knex.raw('1'))
          .whereRaw('?? = ??', [`x.${documentId}`, `n.${documentId}`])
          .where(`x.${versionLocale}`, locale)
          .whereNotNull(`x.${publishedAt}`)
      )
      .as('u');
    // ...and every published version of theirs, ranked.
    const others = knex
      .from(untranslated)
      .join(`${table} as o`, `o.${documentId}`, `u.${documentId}`)
      .select('o.id', `o.${date}`)
      .select(knex.raw(`row_number() over (partition by ?? order by ?? desc, ?? asc) as version_rank`, [`o.${documentId}`, `o.${date}`, 'o.id']))
      .whereNotNull(`o.${publishedAt}`);
    const fallbacks = knex
      .from(others.as('f'))
      .select('f.id', `f.${date}`)
      .where('f.version_rank', 1)
      .whereIn('f.id', knex.from(MATCHING).select('id'));
    const inLocale = knex.withMaterialized(MATCHING, matching).from(`${MATCHING} as m`).select('m.id', `m.${date}`).where(`m.${versionLocale}`, locale);
    // Unwrapped: SQLite takes no parentheses around a member of a UNION.
    return inLocale.unionAll(fallbacks, false);
  },
});

/** Conditions on the date alone, as conditions() writes them. */
const dateBounds = (from?: string, to?: string): Conditions[] => [...(from ? [{ date: { $gte: from } }] : []), ...(to ? [{ date: { $lte: to } }] : [])];

export const dateConditions = (from?: string, to?: string): Conditions => ({ $and: dateBounds(from, to) });

/** The filter's places, as conditions() writes them: Strapi's relation filter, which the content API's list takes too. */
const placeCondition = (documentIds: string[]) => ({ location: { documentId: { $in: documentIds } } });
const isPlaceCondition = (condition: any): condition is ReturnType<typeof placeCondition> => Array.isArray(condition?.location?.documentId?.$in) && Object.keys(condition).length === 1;

/**
 * The published versions the conditions select: a statement selecting their id, documentId,
 * locale and date. Strapi writes a place condition as incidents LEFT JOIN the link table LEFT JOIN
 * locations, which no index serves: SQLite scans every incident (121 ms for a year of Quneitra at
 * 100,000 incidents, against 10 ms; bench/README.md). Here it is the ids of the incidents linked to
 * those places, found from the places' rows through the link table's index: the same rows. The id
 * is compared as `+id`, which SQLite takes as no reason to use the primary key: it reads the date
 * range from the published versions' index and checks each id against the list, rather than
 * looking up every version ever linked to the places, all years, drafts and locales (13,000 for
 * Quneitra at 100,000 incidents, 36 ms), then their dates.
 */
function publishedVersions(strapi: Core.Strapi, conditions: Conditions) {
  const all: Conditions[] = Array.isArray(conditions.$and) ? conditions.$and : Object.keys(conditions).length > 0 ? [conditions] : [];
  const builder = (strapi.db as any)
    .queryBuilder(INCIDENT)
    .init({ where: { $and: [...all.filter((condition) => !isPlaceCondition(condition)), { publishedAt: { $notNull: true } }] }, select: ['id', 'documentId', 'locale', 'date'] });
  const query = builder.getKnexQuery();
  for (const condition of all.filter(isPlaceCondition)) query.whereRaw('+?? in ?', [`${builder.alias}.id`, incidentsAt(strapi, condition.location.documentId.$in)]);
  return query;
}

function incidentsAt(strapi: Core.Strapi, placeIds: string[]) {
  const { joinTable } = (metadataOf(strapi, INCIDENT).attributes as any).location;
  return strapi.db
    .connection(`${tableOf(strapi, LOCATION)} as l`)
    .join(`${joinTable.name} as k`, `k.${joinTable.inverseJoinColumn.name}`, 'l.id')
    .whereIn(`l.${columnOf(strapi, LOCATION, 'documentId')}`, placeIds)
    .select(`k.${joinTable.joinColumn.name}`);
}

/** The name chosenVersions() gives the versions matching the conditions. */
const MATCHING = 'matching_versions';

/** Incidents read at once; its IN lists stay far below the databases' parameter limits. */
const CHUNK = 5000;

async function checkKeys(strapi: Core.Strapi, parameter: keyof typeof VOCABULARY_OF, keys: string[], reader: ParameterReader) {
  const { uid, name } = VOCABULARY_OF[parameter];
  const found: { key: string }[] = await queryOf(strapi, uid).findMany({ where: { key: { $in: keys } }, select: ['key'] });
  const known = new Set(found.map((term) => term.key));
  const unknown = keys.filter((key) => !known.has(key));
  if (unknown.length > 0) reader.problem(parameter, `no ${name} has the key ${unknown.map((key) => `"${key}"`).join(', ')}`);
}
