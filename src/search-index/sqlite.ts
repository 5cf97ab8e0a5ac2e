import type { Core } from '@strapi/strapi';
import { renderMatch, type Match } from './match';
import type { Scope, SearchedTable } from './target';

/**
 * SQLite: an FTS5 table per searched table holding two columns for each row: its stored words
 * (`words`, the `search_text` column) and its scope (`scope`: tokens naming its locale, and its
 * locale again when the row is a published version; scope.ts). A search reads the rows of one
 * scope, and counting them is then the index's work alone: counting a common word by looking each
 * of FTS5's ids up in the table took 115–160 ms at 100,000 incidents (bench/README.md).
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
const scopeOf = (row: string, { locale, publishedAt }: SearchedTable) =>
  `'l' || hex(${row}.${locale}) || CASE WHEN ${row}.${publishedAt} IS NULL THEN '' ELSE ' p' || hex(${row}.${locale}) END`;

/** Every object of the index with the statement that makes it, as SQLite keeps it in sqlite_master; then how it is filled. */
function definitionsOf(target: SearchedTable): { objects: Record<string, string>; fill: string } {
  const { table, index, words } = target;
  const add = (row: string) => `INSERT INTO ${index} (rowid, words, scope) VALUES (${row}.id, ${row}.${words}, ${scopeOf(row, target)});`;
  const remove = `DELETE FROM ${index} WHERE rowid = old.id;`;
  const triggers = {
    [`${index}_insert`]: `AFTER INSERT ON ${table} BEGIN ${add('new')} END`,
    [`${index}_delete`]: `AFTER DELETE ON ${table} BEGIN ${remove} END`,
    [`${index}_update`]: `AFTER UPDATE OF ${words}, ${target.locale}, ${target.publishedAt} ON ${table} BEGIN ${remove} ${add('new')} END`,
  };
  return {
    objects: {
      [index]: `CREATE VIRTUAL TABLE ${index} USING fts5(words, scope, content='', contentless_delete=1, detail=column, tokenize='ascii')`,
      ...Object.fromEntries(Object.entries(triggers).map(([name, body]) => [name, `CREATE TRIGGER ${name} ${body}`])),
    },
    fill: `INSERT INTO ${index} (rowid, words, scope) SELECT id, ${words}, ${scopeOf(table, target)} FROM ${table}`,
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
  });
  return true;
}

/** FTS5 query text: each word quoted (a quote doubled), so that no character of it is FTS5 syntax, then `*` for a prefix. */
export const fts5Query = (match: Match) => renderMatch(match, { prefix: (word) => `"${word.replace(/"/g, '""')}"*`, and: ' AND ', or: ' OR ' });

/**
 * A scope as the tokens `scope` holds: `l` and the locale's UTF-8 in hexadecimal (SQLite's hex(),
 * so that any locale code is one token of letters and digits), `p` for a published version.
 */
const scopeToken = ({ locale, published }: Scope) => `${published ? 'p' : 'l'}${Buffer.from(locale).toString('hex').toUpperCase()}`;

/** MATCH text for the rows whose stored words satisfy every match (never none), of the scope when one is given. */
const matchText = (matches: Match[], scope?: Scope) =>
  [...(scope ? [`scope : "${scopeToken(scope)}"`] : []), ...(matches.length > 0 ? [`words : ${fts5Query({ all: matches })}`] : [])].join(' AND ');

/** The ids of the rows whose stored words satisfy every match (of the scope, when given), as a subquery. */
export const ftsIds = (strapi: Core.Strapi, { index }: SearchedTable, matches: Match[], scope?: Scope) =>
  strapi.db.connection(index).select('rowid').whereRaw(`${index} MATCH ?`, [matchText(matches, scope)]);

/** How many rows of the scope satisfy every match, from the index alone. */
export async function ftsCount(strapi: Core.Strapi, { index }: SearchedTable, matches: Match[], scope: Scope): Promise<number> {
  const [{ count }] = await strapi.db.connection(index).count('* as count').whereRaw(`${index} MATCH ?`, [matchText(matches, scope)]);
  return Number(count);
}
