import type { Core } from '@strapi/strapi';

export interface TimedQuery {
  sql: string;
  ms: number;
}

/**
 * Like tests/helpers/query-counter.ts, with the time of each SQL statement: from knex's `query`
 * event to its `query-response` (or `query-error`), paired by the query's uid. Run `work` alone: a
 * statement of another request would be counted too.
 */
export async function timeQueries<T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<{ result: T; queries: TimedQuery[]; ms: number }> {
  const client = strapi.db.connection.client;
  const started = new Map<string, { sql: string; at: number }>();
  const queries: TimedQuery[] = [];
  const onQuery = (query: any) => started.set(query.__knexQueryUid, { sql: query.sql, at: performance.now() });
  const onDone = (_response: unknown, query: any) => {
    const begun = started.get(query.__knexQueryUid);
    if (begun) queries.push({ sql: begun.sql, ms: performance.now() - begun.at });
  };
  const onError = (_error: unknown, query: any) => onDone(undefined, query);
  client.on('query', onQuery);
  client.on('query-response', onDone);
  client.on('query-error', onError);
  const start = performance.now();
  try {
    const result = await work();
    return { result, queries, ms: performance.now() - start };
  } finally {
    client.removeListener('query', onQuery);
    client.removeListener('query-response', onDone);
    client.removeListener('query-error', onError);
  }
}
