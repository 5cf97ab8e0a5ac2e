import type { Core } from '@strapi/strapi';
import { renderMatch, type Match } from './match';

/**
 * PostgreSQL: a GIN index on an expression of the `search_text` column, the stored words as a
 * tsvector of exactly those words (`array_to_tsvector` of the words split at spaces: no parser, no
 * stemming, no stop words; the folding was ours). PostgreSQL maintains it with the row, on every
 * write from any path, so nothing of ours has to. A prefix query (`'word':*`) finds what
 * `LIKE '% word%'` found.
 *
 * A tsvector refuses words over 2,047 bytes, which would fail the row's write: the index keeps each
 * word's first 255 characters (PostgreSQL's largest regular-expression count; at most 4 bytes
 * each), and a query word is cut alike.
 */
export interface Gin {
  table: string;
  index: string;
  column: string;
}

const WORD_KEPT = 255;

const vectorOf = (column: string) =>
  `array_to_tsvector(array_remove(string_to_array(regexp_replace(${column}, '([^ ]{${WORD_KEPT}})[^ ]+', '\\1', 'g'), ' '), ''))`;

/** Creates the index if it is missing; creating it indexes the rows already there. */
export async function ensureGin(strapi: Core.Strapi, { table, index, column }: Gin) {
  await strapi.db.connection.raw(`CREATE INDEX IF NOT EXISTS ${index} ON ${table} USING gin ((${vectorOf(column)}))`);
}

/** tsquery text: each word quoted (quotes doubled, backslashes escaped), so that none of it is tsquery syntax, then `:*` for a prefix. */
export const tsquery = (match: Match) =>
  renderMatch(match, {
    prefix: (word) => `'${[...word].slice(0, WORD_KEPT).join('').replace(/\\/g, '\\\\').replace(/'/g, "''")}':*`,
    and: ' & ',
    or: ' | ',
  });

/** The ids of the rows whose words satisfy every match, as a subquery the index serves. */
export const ginIds = (strapi: Core.Strapi, { table, column }: Gin, matches: Match[]) =>
  strapi.db.connection(table).select('id').whereRaw(`${vectorOf(column)} @@ CAST(? AS tsquery)`, [tsquery({ all: matches })]);
