import type { Core } from '@strapi/strapi';
import { columnOf, tableOf } from '@syria-cms/strapi-server-helpers';
import { SEARCH_SOURCES } from '../lib/search-text';
import type { Match } from './match';
import { ensureTrigramIndex, likeWhere } from './postgres';
import { ensureFts, ftsIds } from './sqlite';

export { matchOf, type Match } from './match';

/**
 * The full-text index over the folded words the search-text write step stores with each version
 * (`searchText`) of the searched types: FTS5 kept by triggers on SQLite, a trigram GIN index on
 * PostgreSQL. Both are kept current inside the database, so whatever writes the column keeps the
 * index current.
 */
const isPostgres = (strapi: Core.Strapi) => strapi.db.dialect.client === 'postgres';

const targetOf = (strapi: Core.Strapi, uid: string) => {
  const table = tableOf(strapi, uid);
  const column = columnOf(strapi, uid, 'searchText');
  return { table, column, fts: `${table}_fts`, trigram: `${table}_${column}_trgm` };
};

/** At start, after the search words are filled: creates the index of each searched type where missing, with the rows already there. */
export async function ensureSearchIndex(strapi: Core.Strapi) {
  for (const uid of Object.keys(SEARCH_SOURCES)) {
    const target = targetOf(strapi, uid);
    await (isPostgres(strapi) ? ensureTrigramIndex(strapi, target) : ensureFts(strapi, target));
  }
}

/**
 * Query Engine conditions: the rows of `uid` whose stored words satisfy every match (on SQLite an
 * `id IN` subquery FTS5 answers, on PostgreSQL the LIKE conditions the trigram index serves), or
 * none when there is nothing to match.
 */
export function matchingRows(strapi: Core.Strapi, uid: string, matches: Match[]): Record<string, unknown>[] {
  if (matches.length === 0) return [];
  if (isPostgres(strapi)) return matches.map(likeWhere);
  return [{ id: { $in: ftsIds(strapi, targetOf(strapi, uid), matches) } }];
}
