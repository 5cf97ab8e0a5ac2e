import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { renderMatch, type Match } from './match';
import type { SearchedTable } from './target';

/**
 * PostgreSQL: a table per searched table holding each row's stored words as a tsvector of exactly
 * those words (`array_to_tsvector` of the words split at spaces: no parser, no stemming, no stop
 * words; the folding was ours), with a GIN index, kept current by a trigger on the table, as on
 * SQLite and for the same reason: every path that writes a row passes through it in the row's own
 * transaction. Not an index on an expression of the column: PostgreSQL would compute the
 * expression for every row it reads without the index, and a count of a common word read 200,000
 * rows that way in 2.3 s.
 *
 * Only the published versions are kept (drafts are half the table and never searched), each with
 * its locale as a lexeme beginning with `#` (`#l` and the locale's UTF-8 in hexadecimal). A search
 * asks for its locale's lexeme beside its words, so the GIN index alone finds a locale's versions,
 * and counting them never reads the table. No query word can begin with `#` (they are folded to
 * letters and digits), so none finds a locale's lexeme, nor a stored word beginning with `#`: such
 * words are left out of the vector, so that no text can put a version in another locale.
 *
 * A tsvector refuses words over 2,047 bytes, which would fail the row's write: each word is kept by
 * its first 255 characters (PostgreSQL's largest regular-expression count; at most 4 bytes each),
 * and a query word is cut alike.
 */
const WORD_KEPT = 255;

const localeLexeme = (locale: string) => `#l${Buffer.from(locale).toString('hex')}`;
const localeLexemeOf = (row: string, { locale }: SearchedTable) => `'#l' || encode(convert_to(coalesce(${row}${locale}, ''), 'UTF8'), 'hex')`;

const vectorOf = (row: string, target: SearchedTable) => {
  const words = `regexp_replace(regexp_replace(coalesce(${row}${target.words}, ''), '(^| )#[^ ]*', '\\1', 'g'), '([^ ]{${WORD_KEPT}})[^ ]+', '\\1', 'g')`;
  return `array_to_tsvector(array_append(array_remove(string_to_array(${words}, ' '), ''), ${localeLexemeOf(row, target)}))`;
};

const ddlOf = (target: SearchedTable) => {
  const { table, index, words, locale, publishedAt } = target;
  return [
    `DROP TABLE IF EXISTS ${index}`,
    `CREATE TABLE ${index} (id integer PRIMARY KEY, words tsvector NOT NULL)`,
    // Without the pending list GIN keeps by default: after a bulk insert every query read it through until vacuum came.
    `CREATE INDEX ${index}_gin ON ${index} USING gin (words) WITH (fastupdate = off)`,
    `CREATE OR REPLACE FUNCTION ${index}_sync() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ` +
      // A draft inserted has nothing to remove.
      `IF TG_OP = 'INSERT' AND NEW.${publishedAt} IS NULL THEN RETURN NULL; END IF; ` +
      `IF TG_OP = 'DELETE' OR NEW.${publishedAt} IS NULL THEN DELETE FROM ${index} WHERE id = OLD.id; RETURN NULL; END IF; ` +
      `INSERT INTO ${index} (id, words) VALUES (NEW.id, ${vectorOf('NEW.', target)}) ` +
      `ON CONFLICT (id) DO UPDATE SET words = EXCLUDED.words; RETURN NULL; END $$`,
    `DROP TRIGGER IF EXISTS ${index}_sync ON ${table}`,
    `CREATE TRIGGER ${index}_sync AFTER INSERT OR DELETE OR UPDATE OF ${words}, ${locale}, ${publishedAt} ON ${table} FOR EACH ROW EXECUTE FUNCTION ${index}_sync()`,
    `INSERT INTO ${index} (id, words) SELECT id, ${vectorOf('', target)} FROM ${table} WHERE ${publishedAt} IS NOT NULL`,
  ];
};

/**
 * Makes the words table and fills it from the table, unless it and its trigger are there as
 * defined here (the table's comment is a hash of these statements): on the first start, whenever
 * the table or its trigger is gone, since writes made meanwhile did not reach it, and when an
 * earlier release's index is found. True when it was built.
 */
export async function ensureGin(strapi: Core.Strapi, target: SearchedTable): Promise<boolean> {
  const knex = strapi.db.connection;
  const ddl = ddlOf(target);
  const definition = createHash('sha256').update(ddl.join('\n')).digest('hex');
  const { rows } = await knex.raw(
    `SELECT obj_description(to_regclass(?), 'pg_class') AS definition, EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = ? AND tgrelid = to_regclass(?)) AS "trigger"`,
    [target.index, `${target.index}_sync`, target.table]
  );
  if (rows[0].definition === definition && rows[0].trigger) return false;
  await knex.transaction(async (trx) => {
    for (const statement of ddl) await trx.raw(statement);
    await trx.raw(`COMMENT ON TABLE ${target.index} IS '${definition}'`);
    // Statistics for a table filled now: until autovacuum came round, the planner took it for empty.
    // Not for one left empty: the trigger's plans, cached per connection, would then read the whole
    // table for every row as it grew (a bulk insert of 100,000 incidents ran for over 20 minutes).
    const { rows: filled } = await trx.raw(`SELECT EXISTS (SELECT 1 FROM ${target.index}) AS "any"`);
    if (filled[0].any) await trx.raw(`ANALYZE ${target.index}`);
  });
  return true;
}

/** tsquery text: each word quoted (quotes doubled, backslashes escaped), so that none of it is tsquery syntax, then `:*` for a prefix. */
export const tsquery = (match: Match) =>
  renderMatch(match, {
    prefix: (word) => `'${[...word].slice(0, WORD_KEPT).join('').replace(/\\/g, '\\\\').replace(/'/g, "''")}':*`,
    and: ' & ',
    or: ' | ',
  });

/** The published versions whose words satisfy every match (never none), of the locale when one is given: a condition the GIN index serves. */
const matching = (strapi: Core.Strapi, { index }: SearchedTable, matches: Match[], locale?: string) =>
  strapi.db.connection(index).whereRaw('words @@ CAST(? AS tsquery)', [
    [...(locale ? [`'${localeLexeme(locale)}'`] : []), ...(matches.length > 0 ? [tsquery({ all: matches })] : [])].join(' & '),
  ]);

/** The ids of the published versions whose words satisfy every match (of the locale, when given), as a subquery. */
export const ginIds = (strapi: Core.Strapi, target: SearchedTable, matches: Match[], locale?: string) => matching(strapi, target, matches, locale).select('id');

/**
 * Keeps the rows of `query` (the table as `t`, read in a page's order) that are among the `hits` (their ids' subquery).
 * With few hits they are found first and each looked up: `OFFSET 0` keeps the planner from folding
 * the subquery into the table's walk in date order, which it chose for two place names and took
 * 0.7–0.9 s at 100,000 incidents. With many, it walks the table in order, as it then should.
 */
export const whereGinHits = (query: any, hits: unknown, many: boolean) => (many ? query.whereIn('t.id', hits) : query.whereRaw('?? IN (? OFFSET 0)', ['t.id', hits]));

/** How many published versions of the locale satisfy every match, from the words table alone. */
export async function ginCount(strapi: Core.Strapi, target: SearchedTable, matches: Match[], locale: string): Promise<number> {
  const [{ count }] = await matching(strapi, target, matches, locale).count('* as count');
  return Number(count);
}
