import type { Core } from '@strapi/strapi';
import { renderMatch, type Match } from './match';

/**
 * SQLite: an FTS5 table per searched table, over its `search_text` column (external content: the
 * words are not stored twice), kept current by triggers on the table itself. Triggers rather than
 * a write step, because every path that writes a row passes through them in the row's own
 * transaction: the Document Service and publish (which deletes and recreates the published rows),
 * the Query Engine, the importer, the bench's bulk generator, a rolled-back write.
 *
 * The `ascii` tokenizer splits only at ASCII characters that are not letters or digits: the stored
 * words (letters and digits, folded and lower-cased by searchTextOf) are each one token, exactly as
 * stored, whatever their script, so a prefix query finds what `LIKE '% word%'` found.
 */
export interface Fts {
  table: string;
  fts: string;
  column: string;
}

const triggersOf = ({ table, fts, column }: Fts) => {
  const add = `INSERT INTO ${fts} (rowid, ${column}) VALUES (new.id, new.${column});`;
  const remove = `INSERT INTO ${fts} (${fts}, rowid, ${column}) VALUES ('delete', old.id, old.${column});`;
  return {
    [`${fts}_insert`]: `AFTER INSERT ON ${table} BEGIN ${add} END`,
    [`${fts}_delete`]: `AFTER DELETE ON ${table} BEGIN ${remove} END`,
    [`${fts}_update`]: `AFTER UPDATE OF ${column} ON ${table} BEGIN ${remove} ${add} END`,
  };
};

/**
 * Creates what is missing and then rebuilds the index from the table: on the first start, and
 * whenever a trigger is gone (Strapi's schema sync rebuilds a SQLite table to alter a column, and
 * the table's triggers go with it), since writes made meanwhile did not reach the index. A start
 * that finds everything in place changes nothing.
 */
export async function ensureFts(strapi: Core.Strapi, target: Fts) {
  const knex = strapi.db.connection;
  const triggers = triggersOf(target);
  const wanted = [target.fts, ...Object.keys(triggers)];
  const present: { name: string }[] = await knex('sqlite_master').select('name').whereIn('name', wanted);
  if (present.length === wanted.length) return;
  await knex.transaction(async (trx) => {
    await trx.raw(
      `CREATE VIRTUAL TABLE IF NOT EXISTS ${target.fts} USING fts5(${target.column}, content='${target.table}', content_rowid='id', tokenize='ascii')`
    );
    for (const [name, body] of Object.entries(triggers)) {
      await trx.raw(`DROP TRIGGER IF EXISTS ${name}`);
      await trx.raw(`CREATE TRIGGER ${name} ${body}`);
    }
    await trx.raw(`INSERT INTO ${target.fts} (${target.fts}) VALUES ('rebuild')`);
  });
  strapi.log.info(`Built the search index ${target.fts}`);
}

/** FTS5 query text: each word quoted (a quote doubled), so that no character of it is FTS5 syntax, then `*` for a prefix. */
export const fts5Query = (match: Match) => renderMatch(match, { prefix: (word) => `"${word.replace(/"/g, '""')}"*`, and: ' AND ', or: ' OR ' });

/** The ids of the rows whose words satisfy every match, as a subquery. */
export const ftsIds = (strapi: Core.Strapi, { fts }: Fts, matches: Match[]) =>
  strapi.db.connection(fts).select('rowid').whereRaw(`${fts} MATCH ?`, [fts5Query({ all: matches })]);
