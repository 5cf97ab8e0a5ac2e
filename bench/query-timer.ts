import type { Core } from '@strapi/strapi';

export interface TimedQuery {
  sql: string;
  ms: number;
  /** performance.now() at the start and end. */
  start: number;
  end: number;
}

/**
 * Milliseconds during which at least one statement was running: Strapi sends a request's populate
 * queries together, so the sum of their times counts the waits for one another (or for SQLite's
 * single connection) several times over.
 */
export function inFlightMs(queries: TimedQuery[]) {
  let total = 0;
  let coveredUntil = -Infinity;
  for (const q of [...queries].sort((a, b) => a.start - b.start)) {
    if (q.end <= coveredUntil) continue;
    total += q.end - Math.max(q.start, coveredUntil);
    coveredUntil = q.end;
  }
  return total;
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
    const end = performance.now();
    if (begun) queries.push({ sql: begun.sql, ms: end - begun.at, start: begun.at, end });
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

/** The database's reason in a query error: knex puts the statement first, then " - " and the reason. */
export function databaseReason(message: string) {
  const at = message.lastIndexOf(' - ');
  return (at >= 0 ? message.slice(at + 3) : message).slice(0, 200);
}
