import type { Core } from '@strapi/strapi';

/** Counts the SQL queries Strapi's connection runs while `work` runs. */
export async function countQueries<T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<{ result: T; queries: number; sql: string[] }> {
  const sql: string[] = [];
  const listener = (query: { sql: string }) => sql.push(query.sql);
  strapi.db.connection.client.on('query', listener);
  try {
    const result = await work();
    return { result, queries: sql.length, sql };
  } finally {
    strapi.db.connection.client.removeListener('query', listener);
  }
}
