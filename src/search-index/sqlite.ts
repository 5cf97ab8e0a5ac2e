import type { Core } from '@strapi/strapi';
import { renderMatch, type Match } from './match';
import type { SearchedTable } from './target';

/**
 * SQLite: an FTS5 table per searched table holding the published versions, each with two columns:
 * its stored words (`words`, the `search_text` column) and its locale (`locale`, as one token: `l`
 * and the locale's UTF-8 in hexadecimal, so that any locale code is letters and digits). A search
 * asks its locale beside its words, so counting its hits is the index's work alone: counting a
 * common word by looking each of FTS5's ids up in the table took 115–160 ms at 100,000 incidents
 * (bench/README.md). Drafts are half the table and never searched: leaving them out halves the
 * index, and no draft's words can reach an answer through it.
 *
 * Contentless (`content=''`, the words are not stored twice) with `contentless_delete=1`: a row is
 * removed from the index by its id alone, so the index cannot go wrong by being told other words
 * than it was given. Kept current by triggers on the table itself, because every path that writes
 * a row passes through them in the row's own transaction: the Document Service and publish (which
 * deletes and recreates the published rows), the Query Engine, the importer, the bench's bulk
 * generator, a rolled-back write. `detail=column`: no word positions, which no query asks for.
 *
 * The `ascii` tokenizer splits only at ASCII characters that are not letters or digits: the stored
 * words (letters and digits, folded and lower-cased by searchTextOf) are each one token, exactly as
 * stored, whatever their script, so a prefix query finds what `LIKE '% word%'` found.
 */
const localeTokenOf = (row: string, target: SearchedTable) => `'l' || hex(${row}.${target.locale})`;
const localeToken = (locale: string) => `l${Buffer.from(locale).toString('hex').toUpperCase()}`;

/** Every object of the index with the statement that makes it, as SQLite keeps it in sqlite_master; then how it is filled. */
function definitionsOf(target: SearchedTable): { objects: Record<string, string>; fill: string } {
  const { table, index, words, publishedAt } = target;
  const add = (row: string) =>
    `INSERT INTO ${index} (rowid, words, locale) SELECT ${row}.id, ${row}.${words}, ${localeTokenOf(row, target)} WHERE ${row}.${publishedAt} IS NOT NULL;`;
  const remove = `DELETE FROM ${index} WHERE rowid = old.id;`;
  const triggers = {
    [`${index}_insert`]: `AFTER INSERT ON ${table} BEGIN ${add('new')} END`,
    [`${index}_delete`]: `AFTER DELETE ON ${table} BEGIN ${remove} END`,
    [`${index}_update`]: `AFTER UPDATE OF ${words}, ${target.locale}, ${publishedAt} ON ${table} BEGIN ${remove} ${add('new')} END`,
  };
  return {
    objects: {
      [index]: `CREATE VIRTUAL TABLE ${index} USING fts5(words, locale, content='', contentless_delete=1, detail=column, tokenize='ascii')`,
      ...Object.fromEntries(Object.entries(triggers).map(([name, body]) => [name, `CREATE TRIGGER ${name} ${body}`])),
    },
    fill: `INSERT INTO ${index} (rowid, words, locale) SELECT id, ${words}, ${localeTokenOf(table, target)} FROM ${table} WHERE ${publishedAt} IS NOT NULL`,
  };
}

/**
 * Makes the index and fills it from the table, unless every object of it is there as defined
 * here: on the first start, whenever a trigger is gone (Strapi's schema sync rebuilds a SQLite
 * table to alter a column, and the table's triggers go with it; writes made meanwhile did not reach
 * the index), and when an earlier release's index is found. True when it was built.
 */
export async function ensureFts(strapi: Core.Strapi, target: SearchedTable): Promise<boolean> {
  const knex = strapi.db.connection;
  const { objects, fill } = definitionsOf(target);
  const present: { name: string; sql: string }[] = await knex('sqlite_master').select('name', 'sql').whereIn('name', Object.keys(objects));
  if (present.length === Object.keys(objects).length && present.every(({ name, sql }) => objects[name] === sql)) return false;
  await knex.transaction(async (trx) => {
    for (const name of Object.keys(objects).filter((name) => name !== target.index)) await trx.raw(`DROP TRIGGER IF EXISTS ${name}`);
    await trx.raw(`DROP TABLE IF EXISTS ${target.index}`);
    for (const statement of [...Object.values(objects), fill]) await trx.raw(statement);
    // One segment instead of the many a bulk insert leaves: FTS5 merges them later, queries read them all until then.
    await trx.raw(`INSERT INTO ${target.index} (${target.index}) VALUES ('optimize')`);
  });
  return true;
}

/** FTS5 query text: each word quoted (a quote doubled), so that no character of it is FTS5 syntax, then `*` for a prefix. */
export const fts5Query = (match: Match) => renderMatch(match, { prefix: (word) => `"${word.replace(/"/g, '""')}"*`, and: ' AND ', or: ' OR ' });

/** MATCH text for the versions whose stored words satisfy every match (never none), of the locale when one is given. */
const matchText = (matches: Match[], locale?: string) =>
  [...(locale ? [`locale : "${localeToken(locale)}"`] : []), ...(matches.length > 0 ? [`words : ${fts5Query({ all: matches })}`] : [])].join(' AND ');

/** The ids of the published versions whose stored words satisfy every match (of the locale, when given), as a subquery. */
export const ftsIds = (strapi: Core.Strapi, { index }: SearchedTable, matches: Match[], locale?: string) =>
  strapi.db.connection(index).select('rowid').whereRaw(`${index} MATCH ?`, [matchText(matches, locale)]);

/**
 * Keeps the rows of `query` (the table as `t`, read in a page's order) that are among the `hits` (their ids' subquery).
 * With many hits the table is walked in the page's order and each row looked for among them, until
 * the page is full; `+` keeps SQLite from looking each hit up in the table and sorting them all
 * instead, its choice whatever their number (115 ms for a common word at 100,000 incidents, against
 * 24 ms walked). With few hits, each is looked up.
 */
export const whereFtsHits = (query: any, hits: unknown, many: boolean) => (many ? query.whereRaw('+?? IN ?', ['t.id', hits]) : query.whereIn('t.id', hits));

/** How many published versions of the locale satisfy every match, from the index alone. */
export async function ftsCount(strapi: Core.Strapi, { index }: SearchedTable, matches: Match[], locale: string): Promise<number> {
  const [{ count }] = await strapi.db.connection(index).count('* as count').whereRaw(`${index} MATCH ?`, [matchText(matches, locale)]);
  return Number(count);
}
