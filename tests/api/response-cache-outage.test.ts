import request from 'supertest';
import { ARTICLE } from '../../src/uids';
import { createArticle } from '../helpers/fixtures';
import { type OwnRedis, redisEnvironment, servedFromCache, sharedRedisReady, startOwnRedis } from '../helpers/response-cache';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * Redis taken away mid-run: the API keeps answering, uncached, and says so in the log once; a
 * write made while Redis cannot be reached is never hidden by an entry kept from before it.
 */
let app: TestApp;
let redis: OwnRedis;
let documentId: string;
const warnings: string[] = [];
const infos: string[] = [];
const PATH = '/api/articles?locale=en&fields[0]=title';

beforeAll(async () => {
  redis = await startOwnRedis();
  app = await startStrapi({
    env: redisEnvironment(undefined, redis.url),
    beforeLoad: (strapi) => {
      const log = strapi.log as any;
      const { warn, info } = log;
      log.warn = (message: string, ...rest: unknown[]) => (warnings.push(String(message)), warn.call(log, message, ...rest));
      log.info = (message: string, ...rest: unknown[]) => (infos.push(String(message)), info.call(log, message, ...rest));
    },
  });
  documentId = (await createArticle(app.strapi, { title: 'Before the outage' }, { publish: true })).documentId;
  await sharedRedisReady(app.strapi);
});
afterAll(async () => {
  await app?.stop();
  await redis?.kill().catch(() => undefined);
});

const get = (path: string) => request(app.server).get(path);
const redisWarnings = () => warnings.filter((message) => message.includes('cannot be reached'));
const retitle = async (title: string) => {
  await app.strapi.documents(ARTICLE).update({ documentId, locale: 'en', data: { title } as any });
  await app.strapi.documents(ARTICLE).publish({ documentId, locale: 'en' } as any);
};
async function until(condition: () => boolean | Promise<boolean>, what: string) {
  for (let waited = 0; waited < 15000; waited += 100) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}
const cachedAgain = async () => (await get(PATH), servedFromCache(await get(PATH)));

test('with Redis killed, reads and writes go on uncached, the log says so once, and the cache comes back with it', async () => {
  await get(PATH).expect(200);
  expect(servedFromCache(await get(PATH).expect(200))).toBe(true);

  await redis.kill();
  for (let i = 0; i < 5; i += 1) {
    const response = await get(PATH).expect(200);
    expect(servedFromCache(response)).toBe(false);
    expect(response.headers.etag).toBeDefined();
  }
  await retitle('Written while Redis was down');
  expect((await get(PATH).expect(200)).text).toContain('Written while Redis was down');
  expect(redisWarnings()).toHaveLength(1);

  await redis.start();
  await until(cachedAgain, 'the cache to serve again');
  expect(infos.some((message) => message.includes('answers again'))).toBe(true);
  expect((await get(PATH).expect(200)).text).toContain('Written while Redis was down');
  expect(redisWarnings()).toHaveLength(1);
});

test('a write made while Redis stalls is not hidden by the entry it kept from before, once Redis answers again', async () => {
  await until(cachedAgain, 'the cache to serve');
  expect((await get(PATH)).text).toContain('Written while Redis was down');

  redis.pause();
  try {
    await retitle('Written while Redis stalled');
    const response = await get(PATH).expect(200);
    expect(response.text).toContain('Written while Redis stalled');
  } finally {
    redis.resume();
  }
  // Redis kept the entry made before the write; it must never be served again.
  for (let i = 0; i < 20; i += 1) {
    const response = await get(PATH).expect(200);
    expect(response.text).toContain('Written while Redis stalled');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await until(cachedAgain, 'the cache to serve again');
  expect((await get(PATH)).text).toContain('Written while Redis stalled');
});
