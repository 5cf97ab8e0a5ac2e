import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { compileApp } from '../scripts/compile-app';
import { startStrapi, type TestApp } from '../tests/helpers/strapi';
import { generate, sizesFromEnv, type Generated, type Sizes } from './generate';

/**
 * What every benchmark does around its measurements: boot the app from source on a throw-away
 * database, wait for the server to be idle between loads, name the results file, log.
 */
export const appDir = path.join(__dirname, '..');

/** The environment bootApp's app runs with: no rate limit, no response cache, nothing shared. */
const UNCACHED = { RATE_LIMIT_ENABLED: 'false', RESPONSE_CACHE_ENABLED: 'false', REDIS_URL: '' };

/**
 * Compiles the app and boots it on a fresh database (DATABASE_CLIENT's, SQLite by default). The
 * rate limiter is off: a load generator is one client sending thousands of requests a second, and
 * would measure 429s. The response cache is off too, and no Redis is shared (REDIS_URL emptied):
 * every measurement of this app is of the work behind an answer, as before the cache existed, not
 * of a cache that would answer the same paths again and again (bench/cached-path.ts measures the
 * cache, in served instances of its own). `stop` drops the database, once, also on Ctrl-C or SIGTERM.
 */
export async function bootApp(): Promise<{ app: TestApp; stop: () => Promise<void> }> {
  log(`compiling the app, then booting Strapi on a fresh ${databaseName()} database`);
  await compileApp();
  const app = await startStrapi({ env: UNCACHED });
  const stop = once(() => app.stop());
  // Ctrl-C, or a kill: drop the database either way (a 100,000-incident SQLite file is 400 MB).
  process.once('SIGINT', () => stop().finally(() => process.exit(130)));
  process.once('SIGTERM', () => stop().finally(() => process.exit(143)));
  return { app, stop };
}

/**
 * Boots the app on a fresh database (bootApp), generates the bench's data at the BENCH_* sizes and
 * measures on it; the database is dropped after, whatever happens.
 */
export async function onGeneratedData<T>(measure: (app: TestApp, generated: Generated, sizes: Sizes) => Promise<T>): Promise<T> {
  const sizes = sizesFromEnv();
  const { app, stop } = await bootApp();
  try {
    log(`generating ${sizes.locations} locations, ${sizes.incidents} incidents, ${sizes.articles} articles`);
    const generated = await generate(app.strapi, sizes);
    log(`generated in ${generated.seconds.total.toFixed(1)} s`);
    return await measure(app, generated, sizes);
  } finally {
    await stop();
  }
}

export const databaseName = () => process.env.DATABASE_CLIENT ?? 'sqlite';

/**
 * Waits until the requests autocannon left in flight when it stopped have finished with the
 * database: the next measurement must not pay for them, nor stopping Strapi abort them.
 */
export async function idle(strapi: Core.Strapi, timeoutMs = 30000) {
  const pool = (strapi.db.connection.client as any).pool;
  const deadline = Date.now() + timeoutMs;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (pool.numUsed() + pool.numPendingAcquires() > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= 250) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the server did not become idle');
}

/** The first of name.md, name-2.md, ... not written yet: a second run the same day keeps the first. */
export function freeFile(dir: string, name: string, extension = 'md') {
  fs.mkdirSync(dir, { recursive: true });
  for (let n = 1; ; n += 1) {
    const file = path.join(dir, `${name}${n > 1 ? `-${n}` : ''}.${extension}`);
    if (!fs.existsSync(file)) return file;
  }
}

/** The machine as the results should state it: the load average shows other work on a shared machine. */
export function machineNote(loadAtStart: number) {
  const cpus = os.cpus();
  return `Node ${process.version}, ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, load average ${loadAtStart.toFixed(2)} at start, ${os.loadavg()[0].toFixed(2)} at the end (other work on the machine shows here); Strapi in this process, the load generator in a child process, 127.0.0.1`;
}

export const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

export function once(work: () => Promise<void>) {
  let done: Promise<void> | undefined;
  return () => (done ??= work());
}

/** Runs a benchmark's main and exits: idle keep-alive sockets must not hold a finished run. */
export function runMain(main: () => Promise<void>) {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    }
  );
}
