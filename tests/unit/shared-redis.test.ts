import { Redis } from 'ioredis';
import { redisStore } from '../../src/response-cache/store';
import { connectSharedRedis, type SharedRedis } from '../../src/shared-state/redis';
import { eventually } from '../helpers/eventually';
import { type OwnRedis, startOwnRedis, testRedisUrl } from '../helpers/response-cache';

/**
 * The connection to the shared Redis gives up on a command after half a second, so that a Redis
 * that stalls does not stall requests; but only Redis's own slowness may count against it.
 */
const logged: string[] = [];
const log = { info: (line: string) => logged.push(line), warn: (line: string) => logged.push(line) } as any;
const LIMITS = { ttlSeconds: 60, memoryBytes: 1024 * 1024 };
const opened: SharedRedis[] = [];
let own: OwnRedis | undefined;

const open = (url: string, keyPrefix = `unit-shared-${process.pid}:`) => {
  const shared = connectSharedRedis({ url, keyPrefix }, log)!;
  opened.push(shared);
  return shared;
};

async function connect(url: string): Promise<SharedRedis> {
  const shared = open(url);
  if (!(await eventually(async () => shared.isUp(), Boolean, 10000))) throw new Error(`${url} did not answer`);
  return shared;
}

afterAll(async () => {
  await Promise.all(opened.map((shared) => shared.close()));
  await own?.kill();
});

/** Keeps this process's event loop busy, as a synchronous SQLite query or a large JSON.stringify does. */
function busyFor(ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until);
}

test('an answer that came while this process was busy is read, not timed out: Redis stays up', async () => {
  const shared = await connect(testRedisUrl());
  const answers = await Promise.allSettled(
    [0, 1, 2].map(async () => {
      const asked = shared.client.ping();
      busyFor(1200);
      return asked;
    })
  );
  expect(answers.map((answer) => (answer.status === 'fulfilled' ? answer.value : String(answer.reason)))).toEqual(['PONG', 'PONG', 'PONG']);
  expect(shared.isUp()).toBe(true);
});

test('a Redis that stops answering fails a command after half a second', async () => {
  own = await startOwnRedis();
  const shared = await connect(own.url);
  own.pause();
  try {
    const started = Date.now();
    await expect(shared.client.ping()).rejects.toThrow('Command timed out');
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(500);
    expect(waited).toBeLessThan(5000);
  } finally {
    own.resume();
  }
});

test("a write's invalidation made while the connection is still being opened reaches Redis before it returns", async () => {
  const keyPrefix = `unit-shared-opening-${process.pid}-${Date.now()}:`;
  const reader = new Redis(testRedisUrl());
  try {
    const shared = open(testRedisUrl(), keyPrefix);
    expect(shared.client.status).not.toBe('ready');
    await redisStore(shared, LIMITS, 'release-a').invalidate();
    // Not retried later: it is there when the write returns.
    expect(await reader.get(`${keyPrefix}response-cache:generation`)).not.toBeNull();
  } finally {
    await reader.quit();
  }
});

test('with nothing listening at the address, an invalidation returns at once rather than waiting for Redis', async () => {
  const shared = open('redis://127.0.0.1:1');
  await redisStore(shared, LIMITS, 'release-a').invalidate();
  expect(shared.isUp()).toBe(false);
  expect(logged.some((line) => line.includes('redis://127.0.0.1:1 cannot be reached'))).toBe(true);
});

describe('when Redis answers again', () => {
  let server: OwnRedis;
  let reader: Redis;
  beforeAll(async () => {
    server = await startOwnRedis();
    reader = new Redis(server.url, { lazyConnect: true, retryStrategy: () => 100 });
  });
  afterAll(async () => {
    reader.disconnect();
    await server.kill().catch(() => undefined);
  });

  const generationKey = (keyPrefix: string) => `${keyPrefix}response-cache:generation`;

  test('after a stall, whose connection stayed open, the entries kept stay good: the generation is not moved', async () => {
    const keyPrefix = 'stall:';
    const shared = open(server.url, keyPrefix);
    const store = redisStore(shared, LIMITS, 'release-a');
    await eventually(async () => shared.isUp(), Boolean, 10000);
    const before = await store.read('/api/weapons');
    await store.write('/api/weapons', before!.generation, { status: 200, headers: {}, body: Buffer.from('kept') });
    server.pause();
    try {
      expect(await store.read('/api/weapons')).toBeUndefined();
      expect(shared.isUp()).toBe(false);
    } finally {
      server.resume();
    }
    expect(await eventually(async () => shared.isUp(), Boolean, 10000)).toBe(true);
    const after = await store.read('/api/weapons');
    expect([after!.generation, after!.entry?.body.toString()]).toEqual([before!.generation, 'kept']);
  });

  test('after the connection was lost (Redis restarted), the generation is moved on at once, without waiting for a read', async () => {
    const keyPrefix = 'restart:';
    const shared = open(server.url, keyPrefix);
    const store = redisStore(shared, LIMITS, 'release-a');
    await eventually(async () => shared.isUp(), Boolean, 10000);
    await store.read('/api/weapons');
    await server.kill();
    await server.start();
    // Restarted empty: only the instance's reconnection can have set the generation again.
    const generation = await eventually(() => reader.get(generationKey(keyPrefix)), (value) => value !== null, 10000);
    expect(generation).not.toBeNull();
  });
});

test('while Redis stalls, the reads waiting for a generation GET already on its way fail with it, sending none of their own', async () => {
  const server = await startOwnRedis();
  try {
    const shared = open(server.url, 'stalled-get:');
    const store = redisStore(shared, LIMITS, 'release-a');
    await eventually(async () => shared.isUp(), Boolean, 10000);
    const gets = jest.spyOn(shared.client, 'get');
    server.pause();
    try {
      // The first read sends the GET; the others begin while it is on its way.
      const reads = await Promise.all(['/api/weapons', '/api/sources', '/api/locations'].map((key) => store.read(key)));
      expect(reads).toEqual([undefined, undefined, undefined]);
      expect(gets).toHaveBeenCalledTimes(1);
    } finally {
      server.resume();
    }
  } finally {
    await server.kill();
  }
});
