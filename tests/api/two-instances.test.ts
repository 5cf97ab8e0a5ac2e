import request from 'supertest';
import { loadDemoData } from '../../src/bootstrap/demo-data';
import { ARTICLE, INCIDENT, LOCATION } from '../../src/uids';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { eventually } from '../helpers/eventually';
import { createArticle } from '../helpers/fixtures';
import { redisEnvironment, servedFromCache, sharedRedisReady } from '../helpers/response-cache';
import { type ServedInstance, serveInstance } from '../helpers/served-instance';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * Two instances behind one load balancer: one PostgreSQL, one Redis. One instance runs in this
 * process (supertest), the other in a process of its own. What either does, the other sees at
 * its next request: the response cache, the rate limit, the place index.
 */
let database: TestDatabase;
let one: TestApp;
let other: ServedInstance;
const LIMIT = 200;

beforeAll(async () => {
  database = await createTestDatabase({ client: 'postgres' });
  const shared = { ...redisEnvironment(), RATE_LIMIT_MAX: String(LIMIT) };
  one = await startStrapi({ database, env: shared });
  await loadDemoData(one.strapi);
  other = await serveInstance(database, shared);
  await sharedRedisReady(one.strapi);
}, 180000);
afterAll(async () => {
  await other?.stop();
  await one?.stop();
  await database?.drop();
});

const onOne = (path: string) => request(one.server).get(path).set('Host', 'public-api.test');
const onOther = (path: string) => other.get(path);

test('an article published on one instance is read on the other at its next request, though it had the list cached', async () => {
  const path = '/api/articles?locale=en&fields[0]=title';
  await onOther(path);
  const cached = await onOther(path);
  expect(servedFromCache(cached)).toBe(true);

  const article = await createArticle(one.strapi, { title: 'Published on instance one' }, { publish: true });
  const fresh = await onOther(path);
  expect(fresh.body.toString()).toContain('Published on instance one');
  expect(servedFromCache(fresh)).toBe(false);

  // And back: unpublished on the other, gone on this one's next request.
  await onOne(path);
  expect(servedFromCache(await onOne(path))).toBe(true);
  await other.run([{ uid: ARTICLE, action: 'unpublish', params: { documentId: article.documentId, locale: 'en' } }]);
  const after = await onOne(path);
  expect(after.text).not.toContain('Published on instance one');
});

test('both instances answer a read with the same bytes, and one serves what the other kept', async () => {
  // Each attempt asks a path neither instance has read, so a hit on the other can only be what this
  // one kept. Keeping an entry is best-effort (on a loaded machine a Redis command can time out and
  // keep nothing), and the previous test's writes may still move the generation on once: a few
  // attempts, of which one must show it. Were entries not shared, none would.
  let attempt = 0;
  const pair = await eventually(
    async () => {
      attempt += 1;
      const path = `/api/incidents.geojson?from=2017-01-${String(attempt).padStart(2, '0')}`;
      const made = await onOne(path).expect(200);
      return { made, kept: await onOther(path) };
    },
    ({ kept }) => servedFromCache(kept),
    5000
  );
  expect(servedFromCache(pair.kept)).toBe(true);
  expect(pair.kept.body.equals(Buffer.from(pair.made.text))).toBe(true);
  expect(pair.kept.headers.etag).toBe(pair.made.headers.etag);
});

test('the place index follows a location created on the other instance', async () => {
  // This instance builds its place index (a p-code filter resolves places through it).
  await onOne('/api/incidents?locale=en&location=SY07').expect(200);
  const [, incidentId] = await other.run([
    { uid: LOCATION, action: 'create', params: { locale: 'en', data: { name: 'Kafr Zita East', level: 'town', pcode: 'C9999', latitude: 35.37, longitude: 36.6 } } },
    { uid: INCIDENT, action: 'create', params: { locale: 'en', data: { title: 'Shelling of Kafr Zita East', date: '2018-02-03', location: '$0' } } },
    { uid: INCIDENT, action: 'publish', params: { documentId: '$1', locale: 'en' } },
  ]);
  const response = await onOne('/api/incidents?locale=en&location=C9999&fields[0]=title').expect(200);
  expect(response.body.data.map((incident: any) => incident.documentId)).toEqual([incidentId]);
  const search = await onOne('/api/search?q=Kafr%20Zita%20East&types=incident').expect(200);
  expect(search.body.data.map((hit: any) => hit.documentId)).toEqual([incidentId]);
});

// Last: it uses up this client's allowance on both instances.
test('the rate limit counts a client across both instances', async () => {
  const first = await onOne('/api/weapons?locale=en').expect(200);
  const remaining = Number(first.headers['x-ratelimit-remaining']);
  expect(remaining).toBeLessThan(LIMIT);
  const statuses: number[] = [];
  for (let i = 0; i < remaining; i += 1) statuses.push((await onOther('/api/weapons?locale=en')).status);
  expect(statuses.every((status) => status === 200)).toBe(true);
  // The other instance used up what was left: this one refuses the next request.
  const refused = await onOne('/api/weapons?locale=en');
  expect(refused.status).toBe(429);
  expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  expect((await onOther('/api/weapons?locale=en')).status).toBe(429);
});
