/**
 * Runs one autocannon measurement in its own process (forked by bench/load.ts): in the benchmark's
 * process it would share the event loop with the Strapi it measures. Gets its options as one IPC
 * message, answers with the summary, and exits.
 */
// autocannon ships no types.
const autocannon: any = require('autocannon');

interface Job {
  base: string;
  paths: string[];
  /** Request headers per path (same index), e.g. the If-None-Match of a revalidation. */
  headers?: Record<string, string>[];
  /** A response header whose values are counted (X-Response-Cache: how many hits). */
  countHeader?: string;
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

process.once('message', async (job: Job) => {
  let next = 0;
  // Each request takes the next path: the measurement covers many documents, not one cached row.
  const setupRequest = (request: any) => {
    const i = next++ % job.paths.length;
    return { ...request, path: job.paths[i], headers: { ...request.headers, ...job.headers?.[i] } };
  };
  const counted: Record<string, number> = {};
  const wanted = job.countHeader?.toLowerCase();
  // Raw header names keep the server's case; autocannon reads every body anyway, so this adds little.
  const onResponse = (_status: number, _body: string, _context: unknown, headers: Record<string, string>) => {
    for (const [name, value] of Object.entries(headers)) if (name.toLowerCase() === wanted) counted[value] = (counted[value] ?? 0) + 1;
  };
  const result = await autocannon({
    url: job.base,
    connections: job.connections,
    duration: job.seconds,
    requests: [{ method: 'GET', setupRequest, ...(wanted ? { onResponse } : {}) }],
    warmup: job.warmupSeconds > 0 ? { connections: job.connections, duration: job.warmupSeconds } : undefined,
  });
  process.send!({
    requestsPerSecond: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    statuses: Object.fromEntries(Object.entries(result.statusCodeStats as Record<string, { count: number }>).map(([status, { count }]) => [status, count])),
    headerValues: counted,
    errors: result.errors + result.timeouts,
  });
  process.disconnect();
});
