import request from 'supertest';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { createArticle } from '../helpers/fixtures';
import { redisEnvironment, servedFromCache, sharedRedisReady } from '../helpers/response-cache';
import { type ServedInstance, serveInstance } from '../helpers/served-instance';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * A rolling deploy: instances of the old release still answer while those of the new one start,
 * all on one database and one Redis. An answer the old release made must never be served by the
 * new one (a deploy that fixes what an answer shows, a leak say, would go on sending the old
 * answer until the entry expired), nor the reverse; a write on either still makes both stale.
 * A changed setting is another release too: here the public URL, which the feed's links name.
 */
let database: TestDatabase;
let old: TestApp;
let current: ServedInstance;
const redis = redisEnvironment();
const FEED = '/api/articles.rss?locale=en';

beforeAll(async () => {
  database = await createTestDatabase();
  old = await startStrapi({ database, env: { ...redis, PUBLIC_URL: 'https://old.example.org', RATE_LIMIT_ENABLED: 'false' } });
  await createArticle(old.strapi, { title: 'Read during a deploy' }, { publish: true });
  await sharedRedisReady(old.strapi);
  // The old release has its feed in the cache before the new one starts.
  await onOld();
  current = await serveInstance(database, { ...redis, PUBLIC_URL: 'https://new.example.org', RATE_LIMIT_ENABLED: 'false' });
}, 180000);
afterAll(async () => {
  await current?.stop();
  await old?.stop();
  await database?.drop();
});

const onOld = () => request(old.server).get(FEED).expect(200);
const onCurrent = async () => {
  const answer = await current.get(FEED);
  expect(answer.status).toBe(200);
  return { text: answer.body.toString(), headers: answer.headers };
};

test("each release serves only the answers it made, though both share the generation and the store", async () => {
  // The old release keeps its feed after the new one has started: a start saves settings again
  // (schemas, grants) but leaves them as they were, which invalidates nothing.
  const oldAnswer = await onOld();
  expect(servedFromCache(oldAnswer)).toBe(true);
  expect(oldAnswer.text).toContain('https://old.example.org/api/articles.rss');

  // The new release makes its own, and keeps it for itself.
  const made = await onCurrent();
  expect(servedFromCache(made)).toBe(false);
  expect(made.text).toContain('https://new.example.org/api/articles.rss');
  expect(made.text).not.toContain('old.example.org');
  const kept = await onCurrent();
  expect(servedFromCache(kept)).toBe(true);
  expect(kept.text).toBe(made.text);
  // And the old one still serves its own.
  const oldAgain = await onOld();
  expect([servedFromCache(oldAgain), oldAgain.text]).toEqual([true, oldAnswer.text]);

  // A write on the old release is seen by the new one's next read.
  await createArticle(old.strapi, { title: 'Published mid-deploy' }, { publish: true });
  const afterWrite = await onCurrent();
  expect(servedFromCache(afterWrite)).toBe(false);
  expect(afterWrite.text).toContain('Published mid-deploy');
});
