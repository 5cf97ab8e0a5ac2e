/**
 * Runs one scenario measurement in its own process (forked by bench/load.ts), like load-worker.ts
 * does for autocannon: `connections` clients each run whole scenarios (a list of GETs, one after
 * the other, as a site pages through results) for `seconds`, and the time of each scenario is
 * recorded. A scenario started before the end is finished and counted: cutting it would favour
 * long ones. Bodies are read to the last byte and not parsed: the client's parsing is not the
 * server's cost.
 */
import http from 'node:http';

interface Job {
  base: string;
  scenarios: string[][];
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

export interface ScenarioLoadResult {
  scenariosPerSecond: number;
  requestsPerSecond: number;
  scenarios: number;
  requests: number;
  /** Milliseconds per scenario. */
  p50: number;
  p99: number;
  max: number;
  failures: string[];
}

process.once('message', async (job: Job) => {
  let agent = new http.Agent({ keepAlive: true, maxSockets: job.connections });
  const { hostname, port } = new URL(job.base);
  const failures: string[] = [];
  let next = 0;

  const get = (path: string, retry = true): Promise<void> =>
    new Promise<void>((resolve) => {
      const request = http.get({ hostname, port, path, agent }, (response) => {
        response.on('data', () => undefined); // read, not kept
        response.on('end', () => {
          if (response.statusCode !== 200) failures.push(`${response.statusCode} ${path.slice(0, 200)}`);
          resolve();
        });
      });
      request.on('error', (error: NodeJS.ErrnoException) => {
        // A kept-alive socket the server closed as we reused it: a site's client retries such a GET once.
        if (retry && request.reusedSocket && error.code === 'ECONNRESET') resolve(get(path, false));
        else {
          failures.push(`${error.message} ${path.slice(0, 200)}`);
          resolve();
        }
      });
    });

  /** Clients run scenarios until `until`; returns the time of each and the requests made. */
  const phase = async (seconds: number) => {
    const start = performance.now();
    const until = start + seconds * 1000;
    const times: number[] = [];
    let requests = 0;
    let last = start;
    const client = async () => {
      while (performance.now() < until && failures.length === 0) {
        const scenario = job.scenarios[next++ % job.scenarios.length];
        const began = performance.now();
        for (const path of scenario) await get(path);
        last = performance.now();
        times.push(last - began);
        requests += scenario.length;
      }
    };
    await Promise.all(Array.from({ length: job.connections }, client));
    return { times, requests, elapsed: (last - start) / 1000 };
  };

  if (job.warmupSeconds > 0) {
    await phase(job.warmupSeconds);
    // Sockets left idle while the last warm-up visits finished may be closed by the server (keep-alive timeout): start afresh.
    agent.destroy();
    agent = new http.Agent({ keepAlive: true, maxSockets: job.connections });
  }
  const { times, requests, elapsed } = await phase(job.seconds);
  const sorted = times.sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  const result: ScenarioLoadResult = {
    scenariosPerSecond: times.length / elapsed,
    requestsPerSecond: requests / elapsed,
    scenarios: times.length,
    requests,
    p50: at(50),
    p99: at(99),
    max: sorted[sorted.length - 1] ?? NaN,
    failures: failures.slice(0, 5),
  };
  agent.destroy();
  process.send!(result);
  process.disconnect();
});
