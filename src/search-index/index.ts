import type { Core } from '@strapi/strapi';
import { columnOf, tableOf } from '@syria-cms/strapi-server-helpers';
import { SEARCH_SOURCES } from '../lib/search-text';
import type { Match } from './match';
import { ensureGin, ginIds } from './postgres';
import { ensureFts, ftsIds } from './sqlite';

export { matchOf, type Match } from './match';

/**
 * The full-text index over the folded words the search-text write step stores with each version
 * (`searchText`) of the searched types: FTS5 on SQLite, a tsvector table with a GIN index on
 * PostgreSQL. Triggers on the table keep both current inside the database, so whatever writes the
 * column keeps the index current.
 */
const isPostgres = (strapi: Core.Strapi) => strapi.db.dialect.client === 'postgres';

const targetOf = (strapi: Core.Strapi, uid: string) => {
  const table = tableOf(strapi, uid);
  return { table, column: columnOf(strapi, uid, 'searchText'), fts: `${table}_fts`, words: `${table}_search_words` };
};

/** At start, after the search words are filled: creates the index of each searched type where missing, with the rows already there. */
export async function ensureSearchIndex(strapi: Core.Strapi) {
  for (const uid of Object.keys(SEARCH_SOURCES)) {
    const target = targetOf(strapi, uid);
    await (isPostgres(strapi) ? ensureGin(strapi, target) : ensureFts(strapi, target));
  }
}

/**
 * A Query Engine condition: the rows of `uid` whose stored words satisfy every match (an `id IN`
 * subquery the index answers), or none when there is nothing to match.
 */
export function matchingRows(strapi: Core.Strapi, uid: string, matches: Match[]): Record<string, unknown>[] {
  if (matches.length === 0) return [];
  const target = targetOf(strapi, uid);
  return [{ id: { $in: isPostgres(strapi) ? ginIds(strapi, target, matches) : ftsIds(strapi, target, matches) } }];
}
