import type { Core } from '@strapi/strapi';
import { columnOf, tableOf } from '@syria-cms/strapi-server-helpers';
import { SEARCH_SOURCES } from '../lib/search-text';
import type { Match } from './match';
import { ensureGin, ginCount, ginIds } from './postgres';
import { ensureFts, ftsCount, ftsIds } from './sqlite';
import type { Scope, SearchedTable } from './target';

export { matchOf, type Match } from './match';
export type { Scope } from './target';

/**
 * The full-text index over the folded words the search-text write step stores with each version
 * (`searchText`) of the searched types, with each version's locale and whether it is published:
 * FTS5 on SQLite, a tsvector table with a GIN index on PostgreSQL. Triggers on the table keep both
 * current inside the database, so whatever writes the row keeps the index current.
 */
const isPostgres = (strapi: Core.Strapi) => strapi.db.dialect.client === 'postgres';

const targetOf = (strapi: Core.Strapi, uid: string): SearchedTable => {
  const table = tableOf(strapi, uid);
  const [words, locale, publishedAt] = ['searchText', 'locale', 'publishedAt'].map((attribute) => columnOf(strapi, uid, attribute));
  return { table, words, locale, publishedAt, index: isPostgres(strapi) ? `${table}_search_words` : `${table}_fts` };
};

/** At start, after the search words are filled: creates the index of each searched type where missing or out of date, with the rows already there. */
export async function ensureSearchIndex(strapi: Core.Strapi): Promise<string[]> {
  const built: string[] = [];
  for (const uid of Object.keys(SEARCH_SOURCES)) {
    const target = targetOf(strapi, uid);
    if (await (isPostgres(strapi) ? ensureGin(strapi, target) : ensureFts(strapi, target))) built.push(target.index);
  }
  if (built.length > 0) strapi.log.info(`Built the search index ${built.join(', ')}`);
  return built;
}

/**
 * A Query Engine condition: the rows of `uid` whose stored words satisfy every match, of the scope
 * when one is given (an `id IN` subquery the index answers); none when there is nothing to ask.
 */
export function matchingRows(strapi: Core.Strapi, uid: string, matches: Match[], scope?: Scope): Record<string, unknown>[] {
  if (matches.length === 0 && !scope) return [];
  const target = targetOf(strapi, uid);
  return [{ id: { $in: isPostgres(strapi) ? ginIds(strapi, target, matches, scope) : ftsIds(strapi, target, matches, scope) } }];
}

/** How many rows of `uid` in the scope have stored words satisfying every match, counted by the index alone. */
export function countMatching(strapi: Core.Strapi, uid: string, matches: Match[], scope: Scope): Promise<number> {
  const target = targetOf(strapi, uid);
  return isPostgres(strapi) ? ginCount(strapi, target, matches, scope) : ftsCount(strapi, target, matches, scope);
}
