import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import type { Core } from '@strapi/strapi';
import { Redis } from 'ioredis';
import { sharedRedisOf } from '../../src/shared-state';
import { eventually } from './eventually';

/** The Redis the tests share (test-all.sh starts one); each booted instance gets keys of its own. */
export const testRedisUrl = () => process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The environment of an instance that keeps its cache and rate limits in Redis, under a fresh prefix unless one is given. */
export const redisEnvironment = (keyPrefix = `test-${randomUUID()}:`, url = testRedisUrl()) => ({ REDIS_URL: url, REDIS_KEY_PREFIX: keyPrefix });

/**
 * Waits until the instance's shared Redis answers: right after a boot, its connection may still be
 * opening, and until then every read is made afresh.
 */
export async function sharedRedisReady(strapi: Core.Strapi) {
  const shared = sharedRedisOf(strapi);
  if (!shared) throw new Error('this instance has no REDIS_URL');
  if (!(await eventually(async () => shared.isUp(), Boolean, 10000))) throw new Error('Redis did not answer within 10 s');
}

/** Whether a response came from the response cache. */
export const servedFromCache = (response: { headers: Record<string, any> }) => response.headers['x-response-cache'] === 'hit';

/** A Redis server of the test's own, to take away and bring back; nothing is saved to disk. */
export interface OwnRedis {
  url: string;
  /** Kills it: its data is lost, as a restart without persistence loses it. */
  kill(): Promise<void>;
  start(): Promise<void>;
  /** Stops it answering while connections stay open (SIGSTOP), as a stalled server or a lossy network does. */
  pause(): void;
  resume(): void;
}

export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  let server: ChildProcess | undefined;
  const start = async () => {
    server = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const client = new Redis(port, '127.0.0.1', { lazyConnect: true, retryStrategy: () => 100 });
    for (let attempt = 0; attempt < 50; attempt += 1) {
      if (await client.ping().then(() => true, () => false)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    client.disconnect();
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    async kill() {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server!.kill('SIGKILL');
      await exited;
    },
    pause: () => server!.kill('SIGSTOP'),
    resume: () => server!.kill('SIGCONT'),
  };
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
