import type { Core } from '@strapi/strapi';
import type { Match } from './match';

/**
 * PostgreSQL: a trigram GIN index (pg_trgm) on the `search_text` column, which serves the same
 * `LIKE '% word%'` conditions the search always asked (Strapi's `$contains`, escaped and bound), so
 * the answers cannot differ. PostgreSQL maintains it with the row on every write, from any path.
 *
 * Measured against a tsvector of the same words with a GIN index (bench/README.md): as fast for
 * rare words, but the planner, walking incidents by date and looking each one up, took up to
 * 0.7 s for some place names at 100,000 incidents, and an index on an expression of the column
 * recomputed it for every row read without the index (2.3 s to count a common word).
 */
export interface Trigram {
  table: string;
  column: string;
  trigram: string;
}

/**
 * Creates the extension and the index if missing; creating the index indexes the rows already
 * there. pg_trgm is a trusted extension: the owner of the database, or a user with CREATE on it,
 * may create it.
 */
export async function ensureTrigramIndex(strapi: Core.Strapi, { table, column, trigram }: Trigram) {
  await strapi.db.connection.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  await strapi.db.connection.raw(`CREATE INDEX IF NOT EXISTS ${trigram} ON ${table} USING gin (${column} gin_trgm_ops)`);
}

/** A match as Query Engine conditions on the stored words: a prefix is a word of them starting with it. */
export const likeWhere = (match: Match): Record<string, unknown> =>
  'prefix' in match
    ? { searchText: { $contains: ` ${match.prefix}` } }
    : 'all' in match
      ? { $and: match.all.map(likeWhere) }
      : { $or: match.any.map(likeWhere) };
