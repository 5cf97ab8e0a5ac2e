import type { Core } from '@strapi/strapi';
import { columnOf, metadataOf, tableOf } from '@syria-cms/strapi-server-helpers';
import { INCIDENT } from '../../../uids';
import type { Conditions } from './incident-query';
import { getService } from '../../../services';

/** An incident count and casualty sums, as the figures endpoint answers them. */
export interface Sums {
  key: string | null;
  incidents: number;
  killed: { min: number; max: number };
  injured: { min: number; max: number };
}

/**
 * Counts of incidents and sums of their casualty figures computed by the database, over the
 * versions published() would choose (incident-query's chosenVersions): by month or by place.
 * One statement each, whatever the number of incidents: reading a year's incidents with their
 * casualties into the server grew with them (861 ms for a year at 100,000 incidents on SQLite,
 * bench/README.md). A report that gives only a lower figure ("over 20 killed") adds it to the
 * maximum too, as incident-figures.ts says.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;

  /** The chosen versions (`i`: id and date) with their casualties (`c`), one row each: casualties are a single component. */
  function chosenWithCasualties(conditions: Conditions, locale: string) {
    const { joinTable, target } = (metadataOf(strapi, INCIDENT).attributes as any).casualties;
    return knex()
      .from(getService('api::incident.incident-query').chosenVersions(conditions, locale).as('i'))
      .leftJoin(`${joinTable.name} as ic`, (join) => {
        join.on(`ic.${joinTable.joinColumn.name}`, 'i.id');
        for (const [column, value] of Object.entries(joinTable.on ?? {})) join.andOnVal(`ic.${column}`, value as string);
      })
      .leftJoin(`${tableOf(strapi, target)} as c`, 'c.id', `ic.${joinTable.inverseJoinColumn.name}`)
      .select(sumColumns(target));
  }

  function sumColumns(casualties: string) {
    const column = (attribute: string) => `c.${columnOf(strapi, casualties, attribute)}`;
    const [killedMin, killedMax, injuredMin, injuredMax] = ['killedMin', 'killedMax', 'injuredMin', 'injuredMax'].map(column);
    return [
      knex().raw('count(*) as incidents'),
      knex().raw(`sum(coalesce(${killedMin}, 0)) as killed_min`),
      knex().raw(`sum(coalesce(${killedMax}, ${killedMin}, 0)) as killed_max`),
      knex().raw(`sum(coalesce(${injuredMin}, 0)) as injured_min`),
      knex().raw(`sum(coalesce(${injuredMax}, ${injuredMin}, 0)) as injured_max`),
    ];
  }

  /** Grouped by a SQL expression over `i` and whatever `join` adds; the database's numbers (PostgreSQL's are strings) as numbers. */
  async function grouped(conditions: Conditions, locale: string, key: string, join: (query: any) => void = () => {}): Promise<Sums[]> {
    const query = chosenWithCasualties(conditions, locale);
    join(query);
    const rows: any[] = await query.select(knex().raw(`${key} as group_key`)).groupByRaw(key);
    return rows.map(toSums);
  }

  return {
    /** Keyed by YYYY-MM: every incident has a date, so each is in one month. */
    byMonth(conditions: Conditions, locale: string): Promise<Sums[]> {
      const date = `i.${columnOf(strapi, INCIDENT, 'date')}`;
      // SQLite keeps a date as YYYY-MM-DD text; PostgreSQL as a date.
      return grouped(conditions, locale, strapi.db.dialect.client === 'postgres' ? `to_char(${date}, 'YYYY-MM')` : `substr(${date}, 1, 7)`);
    },

    /** Keyed by the documentId of the incident's place, null for an incident without one: each incident is in one group. */
    byPlace(conditions: Conditions, locale: string): Promise<Sums[]> {
      const { joinTable, target } = (metadataOf(strapi, INCIDENT).attributes as any).location;
      return grouped(conditions, locale, `p.${columnOf(strapi, target, 'documentId')}`, (query) =>
        query
          .leftJoin(`${joinTable.name} as pl`, `pl.${joinTable.joinColumn.name}`, 'i.id')
          .leftJoin(`${tableOf(strapi, target)} as p`, 'p.id', `pl.${joinTable.inverseJoinColumn.name}`)
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
