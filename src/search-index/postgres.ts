import type { Core } from '@strapi/strapi';
import { renderMatch, type Match } from './match';

/**
 * PostgreSQL: a table per searched table holding each row's stored words as a tsvector of exactly
 * those words (`array_to_tsvector` of the words split at spaces: no parser, no stemming, no stop
 * words; the folding was ours), with a GIN index, kept current by a trigger on the table, as on
 * SQLite and for the same reason: every path that writes a row passes through it in the row's own
 * transaction. Not an index on an expression of the column: PostgreSQL would compute the
 * expression for every row it reads without the index, and a count of a common word read 200,000
 * rows that way in 2.3 s.
 *
 * A tsvector refuses words over 2,047 bytes, which would fail the row's write: each word is kept by
 * its first 255 characters (PostgreSQL's largest regular-expression count; at most 4 bytes each),
 * and a query word is cut alike.
 */
export interface Gin {
  table: string;
  /** The words table, its trigger and its trigger function are named after it. */
  words: string;
  column: string;
}

const WORD_KEPT = 255;

const vectorOf = (text: string) =>
  `array_to_tsvector(array_remove(string_to_array(regexp_replace(${text}, '([^ ]{${WORD_KEPT}})[^ ]+', '\\1', 'g'), ' '), ''))`;

const ddlOf = ({ table, words, column }: Gin) => ({
  table: `CREATE TABLE IF NOT EXISTS ${words} (id integer PRIMARY KEY, words tsvector NOT NULL)`,
  index: `CREATE INDEX IF NOT EXISTS ${words}_gin ON ${words} USING gin (words)`,
  function:
    `CREATE OR REPLACE FUNCTION ${words}_sync() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ` +
    `IF TG_OP = 'DELETE' THEN DELETE FROM ${words} WHERE id = OLD.id; RETURN NULL; END IF; ` +
    `INSERT INTO ${words} (id, words) VALUES (NEW.id, ${vectorOf(`coalesce(NEW.${column}, '')`)}) ` +
    `ON CONFLICT (id) DO UPDATE SET words = EXCLUDED.words; RETURN NULL; END $$`,
  trigger: `CREATE TRIGGER ${words}_sync AFTER INSERT OR DELETE OR UPDATE OF ${column} ON ${table} FOR EACH ROW EXECUTE FUNCTION ${words}_sync()`,
  rebuild: [`DELETE FROM ${words}`, `INSERT INTO ${words} (id, words) SELECT id, ${vectorOf(`coalesce(${column}, '')`)} FROM ${table}`],
});

/**
 * Creates what is missing and then fills the words table from the table: on the first start, and
 * whenever the table or its trigger is gone, since writes made meanwhile did not reach it. A start
 * that finds everything in place changes nothing.
 */
export async function ensureGin(strapi: Core.Strapi, target: Gin) {
  const knex = strapi.db.connection;
  const { rows } = await knex.raw(
    'SELECT to_regclass(?) IS NOT NULL AS "table", EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = ? AND tgrelid = to_regclass(?)) AS "trigger"',
    [target.words, `${target.words}_sync`, target.table]
  );
  if (rows[0].table && rows[0].trigger) return;
  const ddl = ddlOf(target);
  await knex.transaction(async (trx) => {
    for (const statement of [ddl.table, ddl.index, ddl.function, `DROP TRIGGER IF EXISTS ${target.words}_sync ON ${target.table}`, ddl.trigger, ...ddl.rebuild]) {
      await trx.raw(statement);
    }
  });
  strapi.log.info(`Built the search index ${target.words}`);
}

/** tsquery text: each word quoted (quotes doubled, backslashes escaped), so that none of it is tsquery syntax, then `:*` for a prefix. */
export const tsquery = (match: Match) =>
  renderMatch(match, {
    prefix: (word) => `'${[...word].slice(0, WORD_KEPT).join('').replace(/\\/g, '\\\\').replace(/'/g, "''")}':*`,
    and: ' & ',
    or: ' | ',
  });

/** The ids of the rows whose words satisfy every match, as a subquery the GIN index serves. */
export const ginIds = (strapi: Core.Strapi, { words }: Gin, matches: Match[]) =>
  strapi.db.connection(words).select('id').whereRaw('words @@ CAST(? AS tsquery)', [tsquery({ all: matches })]);
