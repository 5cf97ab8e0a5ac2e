import type { Core } from '@strapi/strapi';
import type { UniqueIndex } from './database-errors';
import { metadataOf } from './models';

export const tableOf = (strapi: Core.Strapi, uid: string): string => metadataOf(strapi, uid).tableName;

export function columnOf(strapi: Core.Strapi, uid: string, attribute: string): string {
  const { attributes } = metadataOf(strapi, uid) as any;
  return attributes[attribute].columnName ?? attribute.replace(/[A-Z]/g, (c: string) => `_${c.toLowerCase()}`);
}

/** An index over attributes of a content type, named after its table as ensureIndex creates it. */
export function indexOn(strapi: Core.Strapi, uid: string, name: string, attributeNames: string[]): UniqueIndex {
  const table = tableOf(strapi, uid);
  return { name: `${table}_${name}`, table, columns: attributeNames.map((attribute) => columnOf(strapi, uid, attribute)) };
}

/**
 * Creates an index over attributes of a content type if it is missing. Strapi's schemas cannot
 * declare composite or partial unique constraints, which we need so that the database, not a
 * read-then-write race, decides what is a duplicate. `where` makes it partial (SQL over columns;
 * SQLite and PostgreSQL both take it). Strapi's schema sync leaves indexes it did not create alone.
 */
export async function ensureIndex(
  strapi: Core.Strapi,
  uid: string,
  name: string,
  attributeNames: string[],
  options: { unique: boolean; where?: string }
) {
  const index = indexOn(strapi, uid, name, attributeNames);
  await strapi.db.connection.raw(
    `CREATE ${options.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${index.name} ON ${index.table} (${index.columns.join(', ')})` +
      (options.where ? ` WHERE ${options.where}` : '')
  );
}

/**
 * Waits (at most 30 s) until no query has held or waited for a connection for 100 ms: call before
 * destroying an instance that just wrote. Strapi starts some queries without awaiting them (the
 * entry events it emits once a write's transaction commits, one after another since
 * patches/@strapi+database, and its admin metrics); destroyed under them, the pool leaves them
 * waiting until their one-minute timeout fails whatever runs then. A quiet moment between two
 * events is not the end of them, hence a quiet stretch rather than a quiet instant.
 */
export async function databaseSettled(strapi: Core.Strapi): Promise<void> {
  const pool = (strapi.db.connection.client as { pool?: { numUsed(): number; numPendingAcquires(): number; numPendingCreates(): number } }).pool;
  const busy = () => Boolean(pool && pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() > 0);
  const deadline = Date.now() + 30000;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    if (busy()) quietSince = Date.now();
    else if (Date.now() - quietSince >= 100) return;
  }
}
