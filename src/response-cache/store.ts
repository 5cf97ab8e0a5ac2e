import { LRUCache } from 'lru-cache';
import type { SharedRedis } from '../shared-state/redis';

/** A response as it was sent: what the route set (status, headers) and the exact bytes. */
export interface CachedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Where public responses are kept, with one generation for all of them. An entry is served only
 * while the generation it was saved under is the current one, and every write that can change a
 * public response moves the generation on: invalidation is one step, whatever the number of
 * entries, and an entry saved by a read that began before the write can never be served after it.
 */
export interface ResponseStore {
  /** The current generation and the entry saved under it, if any; undefined when the store cannot be used now. */
  read(key: string): Promise<{ generation: string; entry?: CachedResponse } | undefined>;
  /** Keeps the entry under the generation its read began with: if that has passed, it is never served. */
  write(key: string, generation: string, entry: CachedResponse): Promise<void>;
  /** Makes every entry stale for every instance; resolved when none can be served any more. */
  invalidate(): Promise<void>;
}

export interface StoreLimits {
  ttlSeconds: number;
  memoryBytes: number;
}

interface KeptEntry {
  generation: string;
  entry: CachedResponse;
}

/** Entries in this process's memory, each with its generation: least recently used go first when full. */
const entriesInMemory = ({ ttlSeconds, memoryBytes }: StoreLimits) =>
  new LRUCache<string, KeptEntry>({
    maxSize: memoryBytes,
    sizeCalculation: ({ entry }, key) => entry.body.length + key.length + 256,
    ttl: ttlSeconds * 1000,
  });

/** One instance's cache, in its memory. */
export function memoryStore(limits: StoreLimits): ResponseStore {
  let generation = 0;
  const entries = entriesInMemory(limits);
  return {
    async read(key) {
      const current = String(generation);
      const saved = entries.get(key);
      return { generation: current, entry: saved?.generation === current ? saved.entry : undefined };
    },
    async write(key, savedUnder, entry) {
      if (savedUnder === String(generation)) entries.set(key, { generation: savedUnder, entry });
    },
    async invalidate() {
      generation += 1;
      // Stale entries could never be served again; free their memory now.
      entries.clear();
    },
  };
}

/**
 * Moves the generation on. A generation that is missing (Redis restarted empty, or evicted the key)
 * starts again from Redis's clock in microseconds rather than from 1, so it cannot meet a
 * generation that entries still in Redis were saved under (that would take more than one
 * invalidation a microsecond since they were saved).
 */
const NEXT_GENERATION = `
if redis.call('EXISTS', KEYS[1]) == 0 then
  local now = redis.call('TIME')
  redis.call('SET', KEYS[1], now[1] * 1000000 + now[2])
end
return redis.call('INCR', KEYS[1])`;

/** How soon an invalidation that did not reach Redis is tried again. */
const RETRY_MS = 250;

/**
 * The cache every instance shares. The generation is always asked of Redis, but an entry this
 * instance has already fetched or made is served from its memory while its generation is the
 * current one: a hit is one small round trip (GET of the generation, shared by the reads that
 * begin together), not the body's transfer (a
 * map's GeoJSON is megabytes). A miss fetches the entry once. An invalidation is one INCR, sent
 * once the connection's first opening has ended (a start's own writes come before it); one that
 * cannot reach Redis is kept pending and retried until it goes through, and meanwhile this
 * instance serves nothing from the cache. When the connection is open again after it was lost
 * (Redis restarted, perhaps from an older snapshot, or a replica took over), every instance moves
 * the generation on: increments may have been lost. Not after a stall, whose connection stayed
 * open: each write's INCR was sent and is carried out when Redis goes on (and retried by its
 * instance), so the entries kept stay good.
 *
 * Entries are kept under the instance's `release` (release.ts): instances of another release or
 * settings never serve them. The generation is one for all releases, so any instance's write makes
 * every entry stale.
 */
export function redisStore(shared: SharedRedis, limits: StoreLimits, release: string): ResponseStore {
  const { client, keyPrefix } = shared;
  const generationKey = `${keyPrefix}response-cache:generation`;
  const entryKey = (key: string) => `${keyPrefix}response-cache:entry:${release}:${key}`;
  const near = entriesInMemory(limits);
  let pendingInvalidation = false;
  let retry: NodeJS.Timeout | undefined;

  const nextGeneration = async (): Promise<string> => {
    const generation = await client.eval(NEXT_GENERATION, 1, generationKey);
    pendingInvalidation = false;
    return String(generation);
  };
  const invalidate = async () => {
    pendingInvalidation = true;
    near.clear();
    await shared.opened;
    await nextGeneration().catch(retryLater);
  };
  const retryLater = () => {
    if (retry || client.status === 'end') return;
    retry = setTimeout(() => {
      retry = undefined;
      if (pendingInvalidation) void invalidate();
    }, RETRY_MS).unref();
  };
  shared.onReconnection(() => void invalidate());

  /**
   * The generation as Redis holds it now. One GET at a time: the reads that begin while one is on
   * its way wait for it to come back, then share the next, which is sent after all of them began
   * and so sees every invalidation that returned before any of them began. Under load a GET
   * serves many reads (a GET each was a fifth of a hit's time: a socket write each); alone, a read
   * asks at once. Should the GET on its way fail (Redis stalls), the reads waiting for it fail with
   * it and are answered uncached: another GET would only keep them waiting as long again.
   */
  let onItsWay: Promise<string | null> | undefined;
  let following: Promise<string | null> | undefined;
  const sendGet = (): Promise<string | null> => {
    const asked = client.get(generationKey);
    onItsWay = asked;
    const back = () => {
      if (onItsWay === asked) onItsWay = undefined;
    };
    asked.then(back, back);
    return asked;
  };
  const askNext = () => {
    following = undefined;
    return sendGet();
  };
  const failWith = (error: Error): never => {
    following = undefined;
    throw error;
  };
  const askGeneration = (): Promise<string | null> => (onItsWay ? (following ??= onItsWay.then(askNext, failWith)) : sendGet());

  const fetchEntry = async (key: string, generation: string): Promise<CachedResponse | undefined> => {
    const saved = await client.getBuffer(entryKey(key));
    const decoded = saved ? decode(saved) : undefined;
    if (decoded?.generation !== generation) return undefined;
    near.set(key, decoded);
    return decoded.entry;
  };

  return {
    async read(key) {
      if (!shared.isUp()) return undefined;
      try {
        if (pendingInvalidation) await nextGeneration();
        const generation = (await askGeneration()) ?? (await nextGeneration());
        const kept = near.get(key);
        return { generation, entry: kept?.generation === generation ? kept.entry : await fetchEntry(key, generation) };
      } catch (error) {
        shared.reportFailure(error as Error);
        return undefined;
      }
    },
    async write(key, generation, entry) {
      near.set(key, { generation, entry });
      await client.set(entryKey(key), encode(generation, entry), 'EX', limits.ttlSeconds).catch(() => undefined);
    },
    invalidate,
  };
}

/** The generation, then status and headers as JSON, then the body's bytes as they are: no copy of the body to read it. */
function encode(generation: string, { status, headers, body }: CachedResponse): Buffer {
  return Buffer.concat([Buffer.from(`${generation}\n${JSON.stringify({ status, headers })}\n`), body]);
}

function decode(saved: Buffer): KeptEntry | undefined {
  const first = saved.indexOf(10);
  const second = saved.indexOf(10, first + 1);
  if (first < 0 || second < 0) return undefined;
  const { status, headers } = JSON.parse(saved.subarray(first + 1, second).toString());
  return { generation: saved.subarray(0, first).toString(), entry: { status, headers, body: saved.subarray(second + 1) } };
}
