import { Redis } from 'ioredis';
import request from 'supertest';
import { createArticle } from '../helpers/fixtures';
import { redisEnvironment, testRedisUrl } from '../helpers/response-cache';
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
  expect(Number(await redis.get(generationKey))).toBeGreaterThan(before);
});
