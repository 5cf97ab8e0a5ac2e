import type { Core } from '@strapi/strapi';

/**
 * Counts the SQL queries Strapi's connection runs while `work` runs. Some of Strapi's listeners
 * keep querying after a write has returned (content releases reacting to a delete, say), so it
 * first waits for the connection to be quiet, or they would be counted against `work`.
 */
export async function countQueries<T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<{ result: T; queries: number; sql: string[] }> {
  await quiet(strapi);
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

/** Resolves once the connection has run no query for 100 ms (at most 3 s). */
async function quiet(strapi: Core.Strapi) {
  let last = Date.now();
  const listener = () => (last = Date.now());
  strapi.db.connection.client.on('query', listener);
  try {
    const start = Date.now();
    while (Date.now() - last < 100 && Date.now() - start < 3000) await new Promise((resolve) => setTimeout(resolve, 25));
  } finally {
    strapi.db.connection.client.removeListener('query', listener);
  }
}

/**
 * The queries a read makes, as the fewest of three runs: work Strapi does in the background (a
 * listener finishing after a write) can only add queries to a run, never take them away, and a
 * real N+1 shows in every run.
 */
export async function countReadQueries<T>(strapi: Core.Strapi, read: () => Promise<T>): Promise<{ result: T; queries: number }> {
  let fewest: { result: T; queries: number } | undefined;
  for (let run = 0; run < 3; run += 1) {
    const { result, queries } = await countQueries(strapi, read);
    if (!fewest || queries < fewest.queries) fewest = { result, queries };
  }
  return fewest!;
}
