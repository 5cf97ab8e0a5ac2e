import { randomUUID } from 'node:crypto';

/** The Redis the tests share (test-all.sh starts one); each booted instance gets keys of its own. */
export const testRedisUrl = () => process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The environment of an instance that keeps its cache and rate limits in Redis, under a fresh prefix unless one is given. */
export const redisEnvironment = (keyPrefix = `test-${randomUUID()}:`, url = testRedisUrl()) => ({ REDIS_URL: url, REDIS_KEY_PREFIX: keyPrefix });

/** Whether a response came from the response cache. */
export const servedFromCache = (response: { headers: Record<string, any> }) => response.headers['x-response-cache'] === 'hit';
