import type { Core } from '@strapi/strapi';

/** A unique-constraint violation, as SQLite, PostgreSQL and MySQL report it. */
export const isUniqueViolation = (error: any): boolean => {
  const code = error?.code ?? error?.cause?.code ?? error?.nativeError?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'ER_DUP_ENTRY' || /unique/i.test(String(error?.message));
};

/**
 * Creates an index over attributes of a content type if it is missing. Strapi's schemas cannot
 * declare composite unique constraints, which plugins need so that the database, not a
 * read-then-write race, decides what is a duplicate.
 */
export async function ensureIndex(strapi: Core.Strapi, uid: string, name: string, attributeNames: string[], options: { unique: boolean }) {
  const { tableName, attributes } = strapi.db.metadata.get(uid as any) as any;
  const columns = attributeNames.map(
    (attribute) => attributes[attribute].columnName ?? attribute.replace(/[A-Z]/g, (c: string) => `_${c.toLowerCase()}`)
  );
  await strapi.db.connection.raw(
    `CREATE ${options.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ${tableName}_${name} ON ${tableName} (${columns.join(', ')})`
  );
}
