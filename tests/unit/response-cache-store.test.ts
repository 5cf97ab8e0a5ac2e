import fc from 'fast-check';
import { Redis } from 'ioredis';
import { memoryStore, redisStore, type CachedResponse, type ResponseStore } from '../../src/response-cache/store';
import type { SharedRedis } from '../../src/shared-state';
import { testRedisUrl } from '../helpers/response-cache';

/** Both stores keep what they are given, byte for byte, and never serve it once the generation has moved on. */
const LIMITS = { ttlSeconds: 60, memoryBytes: 1024 * 1024 };
let client: Redis;
const prefix = `unit-${process.pid}-${Date.now()}:`;

beforeAll(() => {
  client = new Redis(testRedisUrl());
});
afterAll(async () => {
  const keys = await client.keys(`${prefix}*`);
  if (keys.length > 0) await client.del(...keys);
  await client.quit();
});

const shared = (keyPrefix: string): SharedRedis => ({
  client,
  keyPrefix,
  opened: Promise.resolve(),
  isUp: () => true,
  reportFailure: () => undefined,
  onReconnection: () => undefined,
  close: async () => undefined,
});

const RELEASE = 'release-a';
let stores = 0;
const STORES: [string, () => ResponseStore][] = [
  ['in memory', () => memoryStore(LIMITS)],
  ['in Redis', () => redisStore(shared(`${prefix}${(stores += 1)}:`), LIMITS, RELEASE)],
];

const response = (body: Buffer): CachedResponse => ({ status: 200, headers: { 'content-type': 'application/json', etag: '"abc"' }, body });

describe.each(STORES)('%s', (_name, makeStore) => {
  test('gives back the bytes and headers it kept, whatever the bytes (newlines, NULs, any length)', async () => {
    const store = makeStore();
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 80 }), fc.uint8Array({ maxLength: 3000 }), async (key, bytes) => {
        const found = await store.read(key);
        await store.write(key, found!.generation, response(Buffer.from(bytes)));
        const again = await store.read(key);
        expect(again!.entry!.body.equals(Buffer.from(bytes))).toBe(true);
        expect(again!.entry!.headers).toEqual(response(Buffer.alloc(0)).headers);
      }),
      { numRuns: 60 }
    );
  });

  test('after an invalidation nothing kept before is served, nor what a read begun before it keeps after', async () => {
    const store = makeStore();
    const before = await store.read('/api/articles');
    await store.write('/api/articles', before!.generation, response(Buffer.from('old')));
    const begunBefore = await store.read('/api/incidents');
    await store.invalidate();
    expect((await store.read('/api/articles'))!.entry).toBeUndefined();
    // A read that began before the write finishes after it: what it made must never be served.
    await store.write('/api/incidents', begunBefore!.generation, response(Buffer.from('made before the write')));
    expect((await store.read('/api/incidents'))!.entry).toBeUndefined();
  });
});

test('a generation Redis lost starts again from the clock, never meeting one that kept entries were saved under', async () => {
  const keyPrefix = `${prefix}lost:`;
  const store = redisStore(shared(keyPrefix), LIMITS, RELEASE);
  const first = await store.read('/api/weapons');
  await store.write('/api/weapons', first!.generation, response(Buffer.from('kept')));
  // Redis evicts (or loses) the generation key while the entry survives.
  await client.del(`${keyPrefix}response-cache:generation`);
  const after = await store.read('/api/weapons');
  expect(after!.entry).toBeUndefined();
  expect(BigInt(after!.generation)).toBeGreaterThan(BigInt(first!.generation));
});

test('an entry one instance keeps in its memory is not served once another instance has invalidated', async () => {
  const keyPrefix = `${prefix}two:`;
  const [one, other] = [redisStore(shared(keyPrefix), LIMITS, RELEASE), redisStore(shared(keyPrefix), LIMITS, RELEASE)];
  const found = await one.read('/api/articles');
  await one.write('/api/articles', found!.generation, response(Buffer.from('kept by one')));
  expect((await other.read('/api/articles'))!.entry!.body.toString()).toBe('kept by one');
  await other.invalidate();
  expect((await one.read('/api/articles'))!.entry).toBeUndefined();
  expect((await other.read('/api/articles'))!.entry).toBeUndefined();
});

test('stores of another release share the generation but never serve each other\'s entries', async () => {
  const keyPrefix = `${prefix}releases:`;
  const [current, next] = [redisStore(shared(keyPrefix), LIMITS, RELEASE), redisStore(shared(keyPrefix), LIMITS, 'release-b')];
  const found = await current.read('/api/articles');
  await current.write('/api/articles', found!.generation, response(Buffer.from('made by release a')));
  const seenByNext = await next.read('/api/articles');
  expect(seenByNext!.generation).toBe(found!.generation);
  expect(seenByNext!.entry).toBeUndefined();
  await next.write('/api/articles', seenByNext!.generation, response(Buffer.from('made by release b')));
  expect((await current.read('/api/articles'))!.entry!.body.toString()).toBe('made by release a');
  expect((await next.read('/api/articles'))!.entry!.body.toString()).toBe('made by release b');
  await next.invalidate();
  expect((await current.read('/api/articles'))!.entry).toBeUndefined();
});

describe('asking Redis for the generation', () => {
  afterEach(() => jest.restoreAllMocks());

  test('reads that begin while a GET is on its way share the next one: two GETs for twenty reads begun at once', async () => {
    const keyPrefix = `${prefix}shared-get:`;
    const store = redisStore(shared(keyPrefix), LIMITS, RELEASE);
    await store.read('/api/articles');
    const gets = jest.spyOn(client, 'get');
    const reads = await Promise.all(Array.from({ length: 20 }, (_, i) => store.read(`/api/articles?page=${i}`)));
    expect(gets).toHaveBeenCalledTimes(2);
    expect(new Set(reads.map((read) => read!.generation))).toEqual(new Set([await client.get(`${keyPrefix}response-cache:generation`)]));
  });

  test('a read that begins after another instance invalidated sees it, though a GET sent before is still on its way', async () => {
    const keyPrefix = `${prefix}late-read:`;
    const [one, other] = [redisStore(shared(keyPrefix), LIMITS, RELEASE), redisStore(shared(keyPrefix), LIMITS, RELEASE)];
    const before = await one.read('/api/articles');
    // The first GET's answer (the generation before the invalidation) is held until the late read has begun.
    let deliver!: () => void;
    const held = new Promise<void>((resolve) => (deliver = resolve));
    const get = client.get.bind(client);
    jest.spyOn(client, 'get').mockImplementationOnce(async (key: any) => {
      const answer = await get(key);
      await held;
      return answer;
    });
    const early = one.read('/api/articles');
    await other.invalidate();
    const current = await get(`${keyPrefix}response-cache:generation`);
    expect(current).not.toBe(before!.generation);
    const late = one.read('/api/articles');
    deliver();
    expect((await early)!.generation).toBe(before!.generation);
    expect((await late)!.generation).toBe(current);
  });
});
