import type { Core } from '@strapi/strapi';

/** Per month (YYYY-MM of an incident's date), a number moved on by every write of a published incident dated in it. */
export const MONTH_VERSIONS = 'incident_month_versions';
/** Per locale and month, the figures of the month's incidents as a read computed them, and the month's version it read first. */
export const MONTH_SUMS = 'incident_month_sums';

/**
 * Creates the tables of monthly sums where missing, and empties the sums kept: at every start.
 * Only writes through the Query Engine move a month's version on; a start is when the others are
 * made (a restored dump, raw SQL, a bulk load), and when an instance that stopped between a write's
 * commit and its versions' update comes back. Sums are recomputed as reads ask for them.
 */
export async function ensureMonthTables(strapi: Core.Strapi) {
  // A new builder each time: a knex schema builder runs every statement it was given.
  const schema = () => strapi.db.connection.schema;
  if (!(await schema().hasTable(MONTH_VERSIONS))) {
    await schema().createTable(MONTH_VERSIONS, (table) => {
      table.string('month', 7).primary();
      table.bigInteger('version').notNullable();
    });
  }
  if (!(await schema().hasTable(MONTH_SUMS))) {
    await schema().createTable(MONTH_SUMS, (table) => {
      table.string('locale', 32).notNullable();
      table.string('month', 7).notNullable();
      table.bigInteger('version').notNullable();
      table.integer('incidents').notNullable();
      for (const column of ['killed_min', 'killed_max', 'injured_min', 'injured_max']) table.bigInteger(column).notNullable();
      table.primary(['locale', 'month']);
    });
  }
  await strapi.db.connection(MONTH_SUMS).delete();
}
