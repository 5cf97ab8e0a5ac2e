import { Redis } from 'ioredis';
import request from 'supertest';
import { createArticle } from '../helpers/fixtures';
import { redisEnvironment, sharedRedisReady, testRedisUrl } from '../helpers/response-cache';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * An instance with its response cache turned off serves nothing from it, but still invalidates
 * what the instances sharing its Redis keep, when it writes.
 */
let app: TestApp;
let redis: Redis;
const environment = redisEnvironment();

beforeAll(async () => {
  app = await startStrapi({ env: { ...environment, RESPONSE_CACHE_ENABLED: 'false' } });
  redis = new Redis(testRedisUrl());
  await sharedRedisReady(app.strapi);
});
afterAll(async () => {
  await redis?.quit();
  await app?.stop();
});

test('reads are never answered from the cache, and a publish moves the shared generation on', async () => {
  for (let i = 0; i < 2; i += 1) {
    const response = await request(app.server).get('/api/articles?locale=en').expect(200);
    expect(response.headers['x-response-cache']).toBeUndefined();
  }
  const generationKey = `${environment.REDIS_KEY_PREFIX}response-cache:generation`;
  const before = Number(await redis.get(generationKey));
  await createArticle(app.strapi, { title: 'Published by an instance that serves nothing cached' }, { publish: true });
  // Normally moved before the write returns; on a loaded machine a command can time out, and the
  // invalidation is then retried every 250 ms: it must go through within a few retries.
  let after = Number(await redis.get(generationKey));
  for (let waited = 0; after <= before && waited < 5000; waited += 100) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    after = Number(await redis.get(generationKey));
  }
  expect(after).toBeGreaterThan(before);
});
