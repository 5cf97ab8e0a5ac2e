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
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

process.once('message', async (job: Job) => {
  let next = 0;
  // Each request takes the next path: the measurement covers many documents, not one cached row.
  const setupRequest = (request: any) => ({ ...request, path: job.paths[next++ % job.paths.length] });
  const result = await autocannon({
    url: job.base,
    connections: job.connections,
    duration: job.seconds,
    requests: [{ method: 'GET', setupRequest }],
    warmup: job.warmupSeconds > 0 ? { connections: job.connections, duration: job.warmupSeconds } : undefined,
  });
  process.send!({
    requestsPerSecond: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  });
  process.disconnect();
});
