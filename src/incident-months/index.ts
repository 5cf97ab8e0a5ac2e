import type { Core } from '@strapi/strapi';
import { columnOf, tableOf } from '@syria-cms/strapi-server-helpers';
import type { Sums } from '../api/incident/services/incident-sums';
import { INCIDENT } from '../uids';
import { firstDayOf, lastDayOf, monthOf, monthsFrom, nextMonth, previousMonth } from './months';
import { MONTH_SUMS, MONTH_VERSIONS } from './tables';

export { ensureMonthTables } from './tables';
export { moveMonthsOnIncidentWrites } from './versions';

/** Days, both included; a missing end is open. */
export interface DateRange {
  from?: string;
  to?: string;
}

/** The figures' statement for a range of days, keyed by month (incident-sums.ts). */
type SumsOfDays = (from: string, to: string) => Promise<Sums[]>;

/**
 * The figures by month of the incidents in a date range, in a locale: what `sumsOfDays` answers for
 * the range, without summing the incidents of every whole month again. A whole month's sums are kept
 * with the month's version read before they were computed (versions.ts moves it on at every write
 * of a published incident dated in it), and served while the version is the same: a year's figures
 * read twelve rows instead of summing every incident of the year, and a write makes only its
 * months' sums stale, not the archive's. A month the range cuts is summed each time. Months are
 * independent: each incident's version is chosen before the date range applies
 * (incident-query's chosenVersions), so it counts in the month of that version's date whatever the
 * range, even where its versions in other locales disagree on the date.
 */
export async function sumsByMonth(strapi: Core.Strapi, locale: string, range: DateRange, sumsOfDays: SumsOfDays): Promise<Sums[]> {
  const bounds = await publishedDates(strapi);
  if (!bounds) return [];
  // Before the first published incident, or after the last, a range holds nothing: its month is whole.
  const from = !range.from || range.from <= bounds.first ? firstDayOf(monthOf(bounds.first)) : range.from;
  const to = !range.to || range.to >= bounds.last ? lastDayOf(monthOf(bounds.last)) : range.to;
  if (from > to) return [];
  const [firstMonth, lastMonth] = [monthOf(from), monthOf(to)];
  const firstWhole = from === firstDayOf(firstMonth) ? firstMonth : nextMonth(firstMonth);
  const lastWhole = to === lastDayOf(lastMonth) ? lastMonth : previousMonth(lastMonth);
  if (firstWhole > lastWhole) return withIncidents(await sumsOfDays(from, to));
  const head = firstWhole === firstMonth ? [] : await sumsOfDays(from, lastDayOf(firstMonth));
  const whole = await wholeMonths(strapi, locale, firstWhole, lastWhole, sumsOfDays);
  const tail = lastWhole === lastMonth ? [] : await sumsOfDays(firstDayOf(lastMonth), to);
  return withIncidents([...head, ...whole, ...tail]);
}

/**
 * The first and last date of a published incident, as YYYY-MM-DD: the ends of the published
 * versions' date index, one subquery each (SQLite reads a min() or a max() from an index's end only
 * when it is alone in its statement).
 */
async function publishedDates(strapi: Core.Strapi): Promise<{ first: string; last: string } | null> {
  const knex = strapi.db.connection;
  const date = columnOf(strapi, INCIDENT, 'date');
  const asText = strapi.db.dialect.client === 'postgres' ? (sql: string) => `${sql}::text` : (sql: string) => sql;
  const end = (aggregate: 'min' | 'max') =>
    knex(tableOf(strapi, INCIDENT)).whereNotNull(columnOf(strapi, INCIDENT, 'publishedAt')).select(knex.raw(asText(`${aggregate}(??)`), [date]));
  const [row]: any[] = await knex.select({ first: end('min'), last: end('max') });
  return row?.first ? { first: String(row.first).slice(0, 10), last: String(row.last).slice(0, 10) } : null;
}

/**
 * Each month from `first` to `last`: the sums kept where their version is the month's, else
 * computed, in one statement over the months from the first stale one to the last, and kept. The
 * versions are read before computing: a write committed in between leaves the kept sums a version
 * behind, recomputed by the next read, never a new version on old sums.
 */
async function wholeMonths(strapi: Core.Strapi, locale: string, first: string, last: string, sumsOfDays: SumsOfDays): Promise<Sums[]> {
  const knex = strapi.db.connection;
  const [versions, kept] = await Promise.all([
    knex(MONTH_VERSIONS).whereBetween('month', [first, last]).select('month', 'version'),
    knex(MONTH_SUMS).where('locale', locale).whereBetween('month', [first, last]).select('*'),
  ]);
  const versionOf = new Map<string, number>(versions.map((row: any) => [row.month, Number(row.version)]));
  const keptOf = new Map<string, any>(kept.map((row: any) => [row.month, row]));
  const months = monthsFrom(first, last);
  const stale = months.filter((month) => !keptOf.has(month) || Number(keptOf.get(month).version) !== (versionOf.get(month) ?? 0));
  const computed = new Map<string, Sums>();
  if (stale.length > 0) {
    const [firstStale, lastStale] = [stale[0], stale[stale.length - 1]];
    for (const sums of await sumsOfDays(firstDayOf(firstStale), lastDayOf(lastStale))) computed.set(sums.key!, sums);
    const recomputed = monthsFrom(firstStale, lastStale).map((month) => computed.get(month) ?? noIncidents(month));
    await keep(strapi, locale, recomputed, versionOf);
    for (const sums of recomputed) computed.set(sums.key!, sums);
  }
  return months.map((month) => computed.get(month) ?? sumsOfRow(keptOf.get(month)));
}

/** Rows a statement writes at once: far below SQLite's and PostgreSQL's parameter limits. */
const ROWS_AT_ONCE = 100;

async function keep(strapi: Core.Strapi, locale: string, months: Sums[], versionOf: Map<string, number>) {
  const rows = months.map((sums) => ({
    locale,
    month: sums.key,
    version: versionOf.get(sums.key!) ?? 0,
    incidents: sums.incidents,
    killed_min: sums.killed.min,
    killed_max: sums.killed.max,
    injured_min: sums.injured.min,
    injured_max: sums.injured.max,
  }));
  for (let start = 0; start < rows.length; start += ROWS_AT_ONCE) {
    await strapi.db.connection(MONTH_SUMS).insert(rows.slice(start, start + ROWS_AT_ONCE)).onConflict(['locale', 'month']).merge();
  }
}

const noIncidents = (month: string): Sums => ({ key: month, incidents: 0, killed: { min: 0, max: 0 }, injured: { min: 0, max: 0 } });

const sumsOfRow = (row: any): Sums => ({
  key: row.month,
  incidents: Number(row.incidents),
  killed: { min: Number(row.killed_min), max: Number(row.killed_max) },
  injured: { min: Number(row.injured_min), max: Number(row.injured_max) },
});

/** As the statement answers: months with incidents only. */
const withIncidents = (months: Sums[]) => months.filter((sums) => sums.incidents > 0);
