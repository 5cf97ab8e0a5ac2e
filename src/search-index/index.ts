import type { Core } from '@strapi/strapi';
import { columnOf, tableOf } from '@syria-cms/strapi-server-helpers';
import { SEARCH_SOURCES } from '../lib/search-text';
import type { Match } from './match';
import { ensureGin, ginCount, ginIds, whereGinHits } from './postgres';
import { ensureFts, ftsCount, ftsIds, whereFtsHits } from './sqlite';
import type { SearchedTable } from './target';

export { matchOf, type Match } from './match';

/**
 * The full-text index over the folded words the search-text write step stores with each version
 * (`searchText`) of the searched types: the published versions, each with its locale. FTS5 on
 * SQLite, a tsvector table with a GIN index on PostgreSQL. Triggers on the table keep both current
 * inside the database, so whatever writes the row keeps the index current.
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
 * The ids of the published versions of `uid` whose stored words satisfy every match, of the
 * locale when one is given: a subquery the index answers, for an `id IN` (the Query Engine takes
 * it as `$in`). Never without a match or a locale.
 */
export function matchingIds(strapi: Core.Strapi, uid: string, matches: Match[], locale?: string) {
  const target = targetOf(strapi, uid);
  return isPostgres(strapi) ? ginIds(strapi, target, matches, locale) : ftsIds(strapi, target, matches, locale);
}

/** How many published versions of `uid` in the locale have stored words satisfying every match, counted by the index alone. */
export function countMatching(strapi: Core.Strapi, uid: string, matches: Match[], locale: string): Promise<number> {
  const target = targetOf(strapi, uid);
  return isPostgres(strapi) ? ginCount(strapi, target, matches, locale) : ftsCount(strapi, target, matches, locale);
}

/**
 * Hits beyond which a page is found by walking the table in its order rather than by looking each
 * hit up: walking reads about limit × rows ÷ hits rows, looking up reads every hit. At 1,000 hits
 * either is a few milliseconds, whatever the table's size.
 */
const MANY_HITS = 1000;

/**
 * The ids of one page of the published versions of `uid` in the locale whose stored words satisfy
 * every match, in `orderBy` order (attributes, as the Query Engine takes them). `hits`, the index's
 * count, decides how the page is read (MANY_HITS). The table's own locale and publication decide
 * what is in the page: the index narrows.
 */
export async function pageOfMatching(
  strapi: Core.Strapi,
  uid: string,
  matches: Match[],
  locale: string,
  { orderBy, limit, hits }: { orderBy: Record<string, 'asc' | 'desc'>[]; limit: number; hits: number }
): Promise<number[]> {
  const target = targetOf(strapi, uid);
  const query = strapi.db
    .connection(`${target.table} as t`)
    .select('t.id')
    .where(`t.${target.locale}`, locale)
    .whereNotNull(`t.${target.publishedAt}`)
    .limit(limit);
  for (const [attribute, direction] of orderBy.flatMap((order) => Object.entries(order))) query.orderBy(`t.${columnOf(strapi, uid, attribute)}`, direction);
  (isPostgres(strapi) ? whereGinHits : whereFtsHits)(query, matchingIds(strapi, uid, matches, locale), hits > MANY_HITS);
  return ((await query) as { id: number }[]).map((row) => row.id);
}
