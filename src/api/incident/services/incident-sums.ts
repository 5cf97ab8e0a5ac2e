import type { Core } from '@strapi/strapi';
import { columnOf, metadataOf, tableOf } from '@syria-cms/strapi-server-helpers';
import { INCIDENT } from '../../../uids';
import { sumsByMonth } from '../../../incident-months';
import { dateConditions, type Conditions } from './incident-query';
import { getService } from '../../../services';

/** An incident count and casualty sums, as the figures endpoint answers them; terms have a label. */
export interface Sums {
  key: string | null;
  label?: string | null;
  incidents: number;
  killed: { min: number; max: number };
  injured: { min: number; max: number };
}

/**
 * Counts of incidents and sums of their casualty figures computed by the database, over the
 * versions published() would choose (incident-query's chosenVersions): by month, by place, by
 * weapon or by perpetrator. One statement each, whatever the number of incidents: reading a year's
 * incidents with their casualties into the server grew with them (861 ms for a year at 100,000
 * incidents on SQLite, bench/README.md). A report that gives only a lower figure ("over 20
 * killed") adds it to the maximum too, as incident-figures.ts says.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const attribute = (uid: string, name: string) => (metadataOf(strapi, uid).attributes as any)[name];
  const chosen = (conditions: Conditions, locale: string) => getService('api::incident.incident-query').chosenVersions(conditions, locale);

  /** Joins an incident's casualties (`c`) to rows whose incident id is `incidentId`, and selects the sums: casualties are a single component. */
  function withCasualties(query: any, incidentId: string) {
    const { joinTable, target } = attribute(INCIDENT, 'casualties');
    const column = (name: string) => `c.${columnOf(strapi, target, name)}`;
    const [killedMin, killedMax, injuredMin, injuredMax] = ['killedMin', 'killedMax', 'injuredMin', 'injuredMax'].map(column);
    return query
      .leftJoin(`${joinTable.name} as ic`, (join: any) => {
        join.on(`ic.${joinTable.joinColumn.name}`, incidentId);
        for (const [name, value] of Object.entries(joinTable.on ?? {})) join.andOnVal(`ic.${name}`, value as string);
      })
      .leftJoin(`${tableOf(strapi, target)} as c`, 'c.id', `ic.${joinTable.inverseJoinColumn.name}`)
      .select(
        knex().raw('count(*) as incidents'),
        knex().raw(`sum(coalesce(${killedMin}, 0)) as killed_min`),
        knex().raw(`sum(coalesce(${killedMax}, ${killedMin}, 0)) as killed_max`),
        knex().raw(`sum(coalesce(${injuredMin}, 0)) as injured_min`),
        knex().raw(`sum(coalesce(${injuredMax}, ${injuredMin}, 0)) as injured_max`)
      );
  }

  /** Grouped by a SQL expression over the chosen versions (`i`: id and date) and whatever `join` adds. */
  async function grouped(conditions: Conditions, locale: string, key: string, join: (query: any) => void = () => {}): Promise<Sums[]> {
    const query = withCasualties(knex().from(chosen(conditions, locale).as('i')), 'i.id');
    join(query);
    return (await query.select(knex().raw(`${key} as group_key`)).groupByRaw(key)).map(toSums);
  }

  /**
   * Grouped by the terms (`key`, `label`, their order `ord` on the incident) that `pairs` finds for
   * the chosen versions (`i`): an incident counts once under each of its keys, and under null when
   * it has none. A key's label is the one the figures always showed: the first incident's (newest,
   * then oldest row), of its last term with that key.
   */
  async function byTerms(conditions: Conditions, locale: string, pairs: (query: any) => any): Promise<Sums[]> {
    const labels = knex()
      .from(knex().from('pairs').select('key', 'label', knex().raw('row_number() over (partition by ?? order by ?? desc, ?? asc, ?? desc) as label_rank', ['key', 'date', 'id', 'ord'])).as('ranked'))
      .select('key', 'label')
      .where('label_rank', 1);
    const termed = withCasualties(knex().from('terms as t').join('labels as l', 'l.key', 't.key'), 't.id').select('t.key as group_key', 'l.label as group_label').groupBy('t.key', 'l.label');
    const none = withCasualties(knex().from('i').whereNotExists(knex().from('pairs').select(knex().raw('1')).whereRaw('?? = ??', ['pairs.id', 'i.id'])), 'i.id').select(
      knex().raw('null as group_key'),
      knex().raw('null as group_label')
    );
    const query = knex()
      .with('i', chosen(conditions, locale))
      .with('pairs', pairs(knex().from('i').select('i.id', 'i.date')))
      .with('labels', labels)
      .with('terms', knex().from('pairs').distinct('id', 'key'))
      .select('*')
      .from(termed.as('grouped'));
    // Unwrapped: SQLite takes no parentheses around a member of a UNION.
    const rows: any[] = await query.unionAll(none, false);
    return rows.filter((row) => Number(row.incidents) > 0).map((row) => ({ ...toSums(row), label: row.group_label ?? null }));
  }

  function byMonthOf(conditions: Conditions, locale: string): Promise<Sums[]> {
    const date = `i.${columnOf(strapi, INCIDENT, 'date')}`;
    // SQLite keeps a date as YYYY-MM-DD text; PostgreSQL as a date.
    return grouped(conditions, locale, strapi.db.dialect.client === 'postgres' ? `to_char(${date}, 'YYYY-MM')` : `substr(${date}, 1, 7)`);
  }

  return {
    /** Every chosen version once. */
    async total(conditions: Conditions, locale: string): Promise<Sums> {
      return toSums(await withCasualties(knex().from(chosen(conditions, locale).as('i')), 'i.id').first());
    },

    /**
     * Keyed by YYYY-MM: every incident has a date, so each is in one month. Conditions on the date
     * alone are answered from the sums kept per month where the range holds whole months
     * (src/incident-months), with this statement for the others.
     */
    byMonth(conditions: Conditions, locale: string): Promise<Sums[]> {
      const range = getService('api::incident.incident-query').dateRangeOf(conditions);
      return range ? sumsByMonth(strapi, locale, range, (from, to) => byMonthOf(dateConditions(from, to), locale)) : byMonthOf(conditions, locale);
    },

    /** Keyed by the documentId of the incident's place, null for an incident without one: each incident is in one group. */
    byPlace(conditions: Conditions, locale: string): Promise<Sums[]> {
      const { joinTable, target } = attribute(INCIDENT, 'location');
      return grouped(conditions, locale, `p.${columnOf(strapi, target, 'documentId')}`, (query) =>
        query
          .leftJoin(`${joinTable.name} as pl`, `pl.${joinTable.joinColumn.name}`, 'i.id')
          .leftJoin(`${tableOf(strapi, target)} as p`, 'p.id', `pl.${joinTable.inverseJoinColumn.name}`)
      );
    },

    /** Keyed by weapon key, in the order the incident lists its weapons. */
    byWeapon(conditions: Conditions, locale: string): Promise<Sums[]> {
      const { joinTable, target } = attribute(INCIDENT, 'weapons');
      return byTerms(conditions, locale, (query) =>
        query
          .join(`${joinTable.name} as w`, `w.${joinTable.joinColumn.name}`, 'i.id')
          .join(`${tableOf(strapi, target)} as t`, 't.id', `w.${joinTable.inverseJoinColumn.name}`)
          .select(`t.${columnOf(strapi, target, 'key')} as key`, `t.${columnOf(strapi, target, 'label')} as label`, `w.${joinTable.orderColumnName} as ord`)
      );
    },

    /** Keyed by the actor's key of each attribution that names one, in the order of the attributions. */
    byPerpetrator(conditions: Conditions, locale: string): Promise<Sums[]> {
      const { joinTable, target: attribution } = attribute(INCIDENT, 'perpetrators');
      const actor = attribute(attribution, 'actor');
      return byTerms(conditions, locale, (query) =>
        query
          .join(`${joinTable.name} as ic`, (join: any) => {
            join.on(`ic.${joinTable.joinColumn.name}`, 'i.id');
            for (const [name, value] of Object.entries(joinTable.on ?? {})) join.andOnVal(`ic.${name}`, value as string);
          })
          .join(`${actor.joinTable.name} as al`, `al.${actor.joinTable.joinColumn.name}`, `ic.${joinTable.inverseJoinColumn.name}`)
          .join(`${tableOf(strapi, actor.target)} as t`, 't.id', `al.${actor.joinTable.inverseJoinColumn.name}`)
          .select(`t.${columnOf(strapi, actor.target, 'key')} as key`, `t.${columnOf(strapi, actor.target, 'label')} as label`, `ic.${joinTable.orderColumnName} as ord`)
      );
    },
  };
};

const toSums = (row: any): Sums => ({
  key: row.group_key ?? null,
  incidents: Number(row.incidents),
  killed: { min: Number(row.killed_min ?? 0), max: Number(row.killed_max ?? 0) },
  injured: { min: Number(row.injured_min ?? 0), max: Number(row.injured_max ?? 0) },
});
