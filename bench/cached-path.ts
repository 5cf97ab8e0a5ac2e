import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { Redis } from 'ioredis';
import { ARTICLE, INCIDENT } from '../src/uids';
import type { TestDatabase } from '../tests/helpers/database';
import { serveInstance, type ServedInstance } from '../tests/helpers/served-instance';
import type { Scenario } from './api-scenarios';
import { capture, serveCaptured } from './ceiling';
import type { CachedResults, CachedRun, CachedScenarioResult, Rate, ScenarioResult, TwoInstancesResults } from './content-api-report';
import { rawGet as answer } from './http';
import { load, type LoadOptions, type LoadResult } from './load';
import { log } from './run';
import { median } from './stats';

/**
 * The response cache's side of bench/content-api.ts: the same public reads served from the cache
 * by a Strapi in its own process (tests/helpers/served-instance.ts), as hits and as revalidations
 * (If-None-Match → 304), against this run's uncached numbers and a bare server sending the same
 * bytes; then two instances sharing one Redis under load while one of them writes, checking after
 * every write that neither serves a stale answer.
 */

/** The scenarios whose `ours` paths the cached path reads again: a list, a page, a large map, a chart. */
export const CACHED_KEYS = ['list', 'by-slug', 'geojson-large', 'figures'];

export interface LoadSettings {
  seconds: number;
  ceilingSeconds: number;
  connections: number[];
}

const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** How long both instances are loaded in the two-instance run; a write starts every second meanwhile. */
const WRITE_SECONDS = Number(process.env.BENCH_WRITE_SECONDS ?? 20);
/** Lower case: how node:http names headers; the load worker compares names in any case. */
const HIT = 'x-response-cache';

/**
 * Boots a served instance with the cache on, on the generated database; measures each scenario's
 * paths served from it; then, when Redis answers, the two-instance run. `base` is the bench's own
 * app (cache off): what an uncached answer is.
 */
export async function cachedPath(
  database: TestDatabase,
  base: string,
  scenarios: Scenario[],
  uncached: ScenarioResult[],
  settings: LoadSettings
): Promise<{ cached: CachedResults; twoInstances: TwoInstancesResults | string }> {
  const redis = await sharedRedis();
  const store = redis ? `Redis (${REDIS_URL}, prefix ${redis.prefix})` : 'in-process (Redis does not answer)';
  log(`cached path: booting a served instance, cache in ${store}`);
  const env = cachedEnvironment(redis?.prefix);
  const instances: ServedInstance[] = [await serveInstance(database, env)];
  try {
    const measured: CachedScenarioResult[] = [];
    for (const scenario of scenarios) {
      measured.push(await measureCached(instances[0], base, scenario, uncached.find((u) => u.key === scenario.key)!, settings));
    }
    let twoInstances: TwoInstancesResults | string = `skipped: Redis does not answer at ${REDIS_URL} (instances without it share no cache)`;
    if (redis) {
      log('two instances: booting the second');
      instances.push(await serveInstance(database, env));
      twoInstances = await underWrites(instances as [ServedInstance, ServedInstance], base, scenarios, settings, store);
    }
    return { cached: { store, scenarios: measured }, twoInstances };
  } finally {
    for (const instance of instances) await instance.stop();
    await redis?.drop();
  }
}

/**
 * The Redis to share, when it answers: a fresh key prefix keeps this run's entries apart from any
 * other user of it, and `drop` deletes them at the end.
 */
async function sharedRedis(): Promise<{ prefix: string; drop: () => Promise<void> } | undefined> {
  const client = new Redis(REDIS_URL, { lazyConnect: true, connectTimeout: 1000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  const answers = await client.connect().then(() => client.ping(), () => undefined);
  if (answers !== 'PONG') {
    client.disconnect();
    return undefined;
  }
  const prefix = `bench-${randomUUID()}:`;
  return {
    prefix,
    async drop() {
      const keys = await client.keys(`${prefix}*`);
      if (keys.length > 0) await client.del(...keys);
      client.disconnect();
    },
  };
}

/** A served instance with its cache on (the bench's own process has it off), no rate limit, Redis when there is one. */
const cachedEnvironment = (redisPrefix?: string): Record<string, string> => ({
  RESPONSE_CACHE_ENABLED: 'true',
  RATE_LIMIT_ENABLED: 'false',
  REDIS_URL: redisPrefix ? REDIS_URL : '',
  REDIS_KEY_PREFIX: redisPrefix ?? '',
});

const baseOf = (instance: ServedInstance) => `http://127.0.0.1:${instance.port}`;


/**
 * Warms each path, then checks that it is served from the cache with the uncached answer's bytes
 * and ETag, and that its ETag revalidates to a 304 from the cache. Gives each path's ETag.
 */
async function checkCached(instance: ServedInstance, base: string, paths: string[]): Promise<string[]> {
  const etags: string[] = [];
  for (const path of paths) {
    const made = await answer(base + path);
    await answer(baseOf(instance) + path);
    const kept = await answer(baseOf(instance) + path);
    const etag = made.headers.etag ?? '';
    if (kept.headers[HIT] !== 'hit') throw new Error(`cached path ${path}: second answer not from the cache (${kept.headers[HIT]})`);
    if (made.status !== 200 || !kept.body.equals(made.body) || kept.headers.etag !== etag) throw new Error(`cached path ${path}: the cached answer differs from the uncached one`);
    const revalidated = await answer(baseOf(instance) + path, { 'If-None-Match': etag });
    if (revalidated.status !== 304 || revalidated.headers[HIT] !== 'hit') throw new Error(`cached path ${path}: If-None-Match answered ${revalidated.status} (${revalidated.headers[HIT]})`);
    etags.push(etag);
  }
  return etags;
}

const rateOf = (r: LoadResult): Rate => ({ perSecond: r.requestsPerSecond, p50: r.p50, p99: r.p99 });
const hitShare = (r: LoadResult) => (r.headerValues.hit ?? 0) / Math.max(1, Object.values(r.headerValues).reduce((a, b) => a + b, 0));

/** Hits and revalidations of one scenario's paths at each number of connections, with the ceilings of their bytes. */
async function measureCached(instance: ServedInstance, base: string, scenario: Scenario, uncached: ScenarioResult, settings: LoadSettings): Promise<CachedScenarioResult> {
  log(`cached path, ${scenario.title}: checking hits and 304s against the uncached answers`);
  const paths = [...new Set(scenario.ours)];
  const etags = await checkCached(instance, base, paths);
  const revalidation: LoadOptions = { headers: etags.map((etag) => ({ 'If-None-Match': etag })), status: 304, countHeader: HIT };
  const hits: LoadOptions = { countHeader: HIT };

  const hitBytes = await Promise.all(paths.map((p) => capture(baseOf(instance), p)));
  const notModifiedBytes = await Promise.all(paths.map((p, i) => capture(baseOf(instance), p, { 'If-None-Match': etags[i] })));
  const ceilings = [await serveCaptured(hitBytes), await serveCaptured(notModifiedBytes)];
  const runs: CachedRun[] = [];
  try {
    for (const connections of settings.connections) {
      log(`cached path, ${scenario.title}: ${connections} connection(s), hits and 304s ${settings.seconds} s each, ceilings ${settings.ceilingSeconds} s`);
      const loadAverage = os.loadavg()[0];
      const hit = await load(baseOf(instance), paths, connections, settings.seconds, 2, hits);
      const notModified = await load(baseOf(instance), paths, connections, settings.seconds, 2, revalidation);
      const hitCeiling = await load(ceilings[0].base, paths, connections, settings.ceilingSeconds, 1);
      const notModifiedCeiling = await load(ceilings[1].base, paths, connections, settings.ceilingSeconds, 1, { ...revalidation, countHeader: undefined });
      const same = uncached.runs.find((r) => r.connections === connections)!;
      runs.push({
        connections, hit: rateOf(hit), notModified: rateOf(notModified), hitCeiling: rateOf(hitCeiling), notModifiedCeiling: rateOf(notModifiedCeiling),
        ours: same.ours, plain: same.plain, hitShare: Math.min(hitShare(hit), hitShare(notModified)), loadAverage,
      });
    }
  } finally {
    for (const ceiling of ceilings) ceiling.close();
  }
  const bytes = hitBytes.reduce((n, c) => n + c.bytes, 0) / hitBytes.length;
  return {
    key: scenario.key,
    title: scenario.title,
    plainTool: uncached.tool,
    check: `${paths.length} paths: each a hit with the uncached answer's bytes and ETag, each ETag revalidated to a 304 from the cache`,
    bytes,
    runs,
  };
}

/** A document the two-instance run rewrites, and the sampled paths whose answers must show its new title. */
interface Target {
  uid: string;
  documentId: string;
  title: string;
  shownIn: string[];
}

/**
 * Both instances under load at once (one autocannon worker each, over every cached path, half the
 * largest number of connections each), while
 * the first instance updates and publishes a title every second (or as soon as the previous write
 * and its check are done), alternately an article on the list's first page and an incident on the
 * large map. After each write, the sampled paths are read from both instances at once and compared
 * with the uncached app's answer.
 */
async function underWrites(instances: [ServedInstance, ServedInstance], base: string, scenarios: Scenario[], settings: LoadSettings, store: string): Promise<TwoInstancesResults> {
  const ours = (key: string) => scenarios.find((s) => s.key === key)?.ours ?? [];
  const [article, incident] = await writeTargets(base, ours('list')[0], ours('geojson-large')[0]);
  const sample = [...new Set([...article.shownIn, ...incident.shownIn, ...ours('figures').slice(0, 1)])];
  const paths = [...new Set([...scenarios.flatMap((s) => s.ours), ...sample])];

  // The largest load measured on one instance, split across the two, as a load balancer would.
  const connections = Math.ceil(Math.max(...settings.connections) / instances.length);
  log(`two instances: ${connections} connection(s) each for ${WRITE_SECONDS} s, a write a second through the first`);
  let loading = true;
  const loads = Promise.all(instances.map((instance) => load(baseOf(instance), paths, connections, WRITE_SECONDS, 0, { countHeader: HIT })));
  const ended = () => (loading = false);
  loads.then(ended, ended);
  const stale: string[][] = instances.map(() => []);
  const writeMs: number[] = [];
  let compared = 0;
  // The workers take a moment to start: the first write waits a second, and none starts once the loads have ended.
  let due = Date.now() + 1000;
  for (let n = 1; ; n += 1) {
    await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
    if (!loading) break;
    due = Date.now() + 1000;
    const target = n % 2 ? article : incident;
    const title = `${target.title} (revision ${n})`;
    const began = performance.now();
    await instances[0].run([
      { uid: target.uid, action: 'update', params: { documentId: target.documentId, locale: 'en', data: { title } } },
      { uid: target.uid, action: 'publish', params: { documentId: target.documentId, locale: 'en' } },
    ]);
    writeMs.push(performance.now() - began);
    const found = await staleAnswers(instances, base, sample, target.shownIn, title);
    compared += sample.length;
    found.forEach((paths, i) => stale[i].push(...paths.map((p) => `write ${n}, instance ${i + 1}: ${p}`)));
  }
  const results = await loads;
  return {
    store,
    connections,
    seconds: WRITE_SECONDS,
    instances: results.map((r, i) => ({ ...rateOf(r), hitShare: hitShare(r), compared, stale: stale[i].length })),
    writes: writeMs.length,
    writeMs: median(writeMs),
    staleExamples: stale.flat().slice(0, 5),
    sample,
  };
}

/** The first article of the list's first page, and the first incident of the map, with the paths that show them. */
async function writeTargets(base: string, listPath: string, mapPath: string): Promise<[Target, Target]> {
  const list = JSON.parse((await answer(base + listPath)).body.toString());
  const first = list.data[0];
  const map = JSON.parse((await answer(base + mapPath)).body.toString());
  const feature = map.features[0].properties;
  return [
    // Newest dateline first, then the highest id: publishing gives the row a new id, so it stays first.
    { uid: ARTICLE, documentId: first.documentId, title: first.title, shownIn: [listPath, `/api/articles/by-slug/${encodeURIComponent(first.slug)}?locale=en`] },
    { uid: INCIDENT, documentId: feature.documentId, title: feature.title, shownIn: [mapPath] },
  ];
}

/**
 * Reads the sample from the uncached app and from both instances; an instance's answer is stale
 * when its bytes differ from the uncached one, or when a path showing the written document lacks
 * its new title (which the uncached answer must have: otherwise the write did not happen). Gives
 * each instance's stale paths.
 */
async function staleAnswers(instances: ServedInstance[], base: string, sample: string[], shownIn: string[], title: string): Promise<string[][]> {
  const stale: string[][] = instances.map(() => []);
  const needle = JSON.stringify(title);
  for (const path of sample) {
    const truth = (await answer(base + path)).body;
    if (shownIn.includes(path) && !truth.includes(needle)) throw new Error(`two instances: the uncached ${path} lacks the new title ${needle}`);
    const answers = await Promise.all(instances.map((instance) => answer(baseOf(instance) + path)));
    for (const [i, a] of answers.entries()) {
      if (!a.body.equals(truth) || (shownIn.includes(path) && !a.body.includes(needle))) stale[i].push(`${path} (${a.headers[HIT]})`);
    }
  }
  return stale;
}
