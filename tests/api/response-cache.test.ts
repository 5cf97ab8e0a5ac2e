import { databaseSettled } from '@syria-cms/strapi-server-helpers';
import request from 'supertest';
import { loadDemoData } from '../../src/bootstrap/demo-data';
import { ARTICLE, INCIDENT, LOCATION, SOURCE, WEAPON } from '../../src/uids';
import { createFullAccessToken } from '../helpers/auth';
import { createArticle, createIncident, createLocation, createSource } from '../helpers/fixtures';
import { countReadQueries } from '../helpers/query-counter';
import { listen } from '../helpers/server';
import { redisEnvironment, servedFromCache, sharedRedisReady } from '../helpers/response-cache';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * The shared response cache (Redis) on the demo data: every kind of write that can change a public
 * response is seen by the next read of every public route, and nothing else invalidates.
 */
let app: TestApp;
let article: { documentId: string; slug: string };
let incidentId: string;

beforeAll(async () => {
  // This test asks far more than a client may in a minute; the rate limit has tests of its own.
  app = await startStrapi({ env: { ...redisEnvironment(), RATE_LIMIT_ENABLED: 'false' } });
  await loadDemoData(app.strapi);
  const created = await createArticle(app.strapi, { title: 'Cache test article about Saraqib', summary: 'Kept in the cache' }, { publish: true });
  article = { documentId: created.documentId, slug: (await app.strapi.db.query(ARTICLE).findOne({ where: { documentId: created.documentId } })).slug };
  incidentId = (await createIncident(app.strapi, { title: 'Cache test incident' }, { publish: true })).documentId;
});
afterAll(async () => app?.stop());

const get = (path: string) => request(app.server).get(path);

/** The public reads of the demo's site: a page of each kind. */
const READS = () => [
  '/api/articles?locale=en&fields[0]=title',
  `/api/articles/by-slug/${article.slug}?locale=en`,
  '/api/articles.rss',
  '/api/incidents?locale=en&fields[0]=title&pagination[pageSize]=100',
  '/api/incidents.geojson',
  '/api/incident-figures?groupBy=month',
  '/api/search?q=cache',
  `/api/incident-linker/articles/${article.documentId}/incidents?locale=en`,
  `/api/incident-linker/incidents/${incidentId}/articles?locale=en`,
  '/api/weapons?locale=en',
  '/api/locations?locale=en&pagination[pageSize]=100&populate[parent][fields][0]=name',
  '/api/sources?locale=en&pagination[pageSize]=100',
];

/** Reads every route that answers twice, so that each is in the cache; gives the bodies. */
async function warm(): Promise<Map<string, string>> {
  // Work Strapi does after a write has returned (entry events) must be over before the cache is filled.
  await databaseSettled(app.strapi);
  await sharedRedisReady(app.strapi);
  const bodies = new Map<string, string>();
  for (const path of READS()) {
    if ((await get(path)).status !== 200) continue;
    const again = await get(path).expect(200);
    expect([path, servedFromCache(again)]).toEqual([path, true]);
    bodies.set(path, again.text);
  }
  return bodies;
}

const updatePublished = async (uid: string, documentId: string, data: Record<string, unknown>) => {
  await app.strapi.documents(uid as any).update({ documentId, locale: 'en', data } as any);
  await app.strapi.documents(uid as any).publish({ documentId, locale: 'en' } as any);
};

test('a read answered before is answered from the cache, without a query, and a matching If-None-Match is a 304', async () => {
  await warm();
  for (const path of READS()) {
    // The fewest of three runs: a hit that queried would query every time, while work Strapi
    // finishes in the background on a loaded machine can only add to one run's count.
    const { result, queries } = await countReadQueries(app.strapi, async () => get(path));
    expect([path, result.status, servedFromCache(result), queries]).toEqual([path, 200, true, 0]);
    const revalidated = await get(path).set('If-None-Match', result.headers.etag);
    expect([path, revalidated.status, revalidated.text, servedFromCache(revalidated)]).toEqual([path, 304, '', true]);
    // The headers the route set are kept: its content type and caching policy.
    const made = await request(app.server).get(path).set('Authorization', 'Bearer not-a-token');
    expect(result.headers['content-type']).toBe(made.headers['content-type'] ?? result.headers['content-type']);
    expect(result.headers['cache-control']).toMatch(/^public/);
  }
});

/** The headers Strapi's security middleware (helmet) sets on every answer. */
const SECURITY_HEADERS = ['content-security-policy', 'strict-transport-security', 'x-frame-options', 'x-content-type-options', 'referrer-policy', 'x-dns-prefetch-control', 'x-download-options', 'x-permitted-cross-domain-policies'];
const securityHeadersOf = (answer: request.Response) => Object.fromEntries(SECURITY_HEADERS.map((name) => [name, answer.headers[name]]));

test('an answer from the cache, and its 304, carry the security headers an answer made afresh carries', async () => {
  const bodies = await warm();
  for (const path of bodies.keys()) {
    const made = await get(path).set('Cookie', 'a=b');
    const expected = securityHeadersOf(made);
    expect(Object.values(expected).every((value) => typeof value === 'string' && value.length > 0)).toBe(true);
    const hit = await get(path).expect(200);
    const revalidated = await get(path).set('If-None-Match', hit.headers.etag).expect(304);
    expect([path, servedFromCache(hit), securityHeadersOf(hit)]).toEqual([path, true, expected]);
    expect([path, servedFromCache(revalidated), securityHeadersOf(revalidated)]).toEqual([path, true, expected]);
  }
});

test('what a route answers depends on its URL alone, so the URL is the whole key: other request headers change no byte', async () => {
  const bodies = await warm();
  const headers = {
    Host: 'attacker.example',
    'X-Forwarded-Host': 'attacker.example',
    'X-Forwarded-Proto': 'http',
    'Accept-Language': 'ar',
    Accept: 'application/xml',
    Origin: 'https://elsewhere.example',
  };
  for (const path of bodies.keys()) {
    // A cookie keeps the answer out of the cache: it is made afresh, with the odd headers.
    const made = await get(path).set({ ...headers, Cookie: 'a=b' }).expect(200);
    expect([path, made.headers['x-response-cache'], made.text]).toEqual([path, undefined, bodies.get(path)]);
  }
});

test("a draft's save changes nothing public and invalidates nothing", async () => {
  const before = await warm();
  await app.strapi.documents(ARTICLE).update({ documentId: article.documentId, locale: 'en', data: { title: 'A draft title nobody may see yet' } as any });
  await app.strapi.documents(INCIDENT).update({ documentId: incidentId, locale: 'en', data: { title: 'A draft incident title' } as any });
  await app.strapi.documents(ARTICLE).create({ locale: 'en', data: { title: 'A new draft article', slug: 'a-new-draft-article', summary: 'draft' } as any });
  for (const path of READS()) {
    const response = await get(path).expect(200);
    expect([path, servedFromCache(response), response.text]).toEqual([path, true, before.get(path)]);
  }
  await app.strapi.documents(ARTICLE).discardDraft({ documentId: article.documentId, locale: 'en' } as any);
  await app.strapi.documents(INCIDENT).discardDraft({ documentId: incidentId, locale: 'en' } as any);
});

test("Strapi's own bookkeeping in its key-value store invalidates nothing; a setting that shapes public answers does", async () => {
  const before = await warm();
  // The upload plugin's weekly cron (15 s after a first start), the admin panel's layouts and notices.
  await app.strapi.plugin('upload').service('weeklyMetrics').sendMetrics();
  const layout = app.strapi.store({ type: 'plugin', name: 'content_manager', key: `configuration_content_types::${ARTICLE}` });
  await layout.set({ value: await layout.get({}) });
  await app.strapi.store({ type: 'core', name: 'admin', key: 'auth' }).set({ value: { providers: { autoRegister: false } } });
  for (const path of READS()) {
    const response = await get(path).expect(200);
    expect([path, servedFromCache(response), response.text]).toEqual([path, true, before.get(path)]);
  }
  // A start saves some settings again as they were: nothing changes, nothing is invalidated.
  const defaultLocale = app.strapi.store({ type: 'plugin', name: 'i18n', key: 'default_locale' });
  const grant = app.strapi.store({ type: 'plugin', name: 'users-permissions', key: 'grant' });
  await defaultLocale.set({ value: await defaultLocale.get({}) });
  await grant.set({ value: await grant.get({}) });
  expect(servedFromCache(await get('/api/weapons?locale=en'))).toBe(true);
  // A changed setting invalidates, and so does changing it back.
  const locale = await defaultLocale.get({});
  await defaultLocale.set({ value: 'ar' });
  expect(servedFromCache(await get('/api/weapons?locale=en'))).toBe(false);
  expect(servedFromCache(await get('/api/weapons?locale=en'))).toBe(true);
  await defaultLocale.set({ value: locale });
  expect(servedFromCache(await get('/api/weapons?locale=en'))).toBe(false);
});

/** Each kind of write that can change what sites read, with the reads that must show it at once. */
type Shows = (body: string, status: number) => boolean;
const WRITES: { name: string; write: () => Promise<void>; reads: () => [string, Shows][] }[] = [
  {
    name: "an update of a published article's title, published",
    write: () => updatePublished(ARTICLE, article.documentId, { title: 'Retitled for the cache test' }),
    reads: () => [
      [`/api/articles/by-slug/${article.slug}?locale=en`, (body) => body.includes('Retitled for the cache test')],
      ['/api/articles?locale=en&fields[0]=title', (body) => body.includes('Retitled for the cache test')],
      ['/api/articles.rss', (body) => body.includes('Retitled for the cache test')],
    ],
  },
  {
    name: 'a link made between an article and an incident',
    write: async () => {
      await app.strapi.plugin('incident-linker').service('links').link({ article: article.documentId, incident: incidentId, role: 'mentions' });
    },
    reads: () => [
      [`/api/incident-linker/articles/${article.documentId}/incidents?locale=en`, (body) => body.includes(incidentId)],
      [`/api/incident-linker/incidents/${incidentId}/articles?locale=en`, (body) => body.includes(article.documentId)],
    ],
  },
  {
    name: 'a new incident published',
    write: async () => {
      const place = await app.strapi.db.query(LOCATION).findOne({ where: { locale: 'en', level: 'city' } });
      await createIncident(app.strapi, { title: 'Cache test incident number two', date: '2019-05-05', location: place.documentId }, { publish: true });
    },
    reads: () => [
      ['/api/incidents?locale=en&fields[0]=title&pagination[pageSize]=100', (body) => body.includes('Cache test incident number two')],
      ['/api/incidents.geojson', (body) => body.includes('Cache test incident number two')],
      ['/api/incident-figures?groupBy=month', (body) => body.includes('2019-05')],
      ['/api/search?q=cache', (body) => body.includes('Cache test incident number two')],
    ],
  },
  {
    name: 'a vocabulary term relabelled',
    write: async () => {
      const term = await app.strapi.db.query(WEAPON).findOne({ where: { locale: 'en' } });
      await app.strapi.documents(WEAPON).update({ documentId: term.documentId, locale: 'en', data: { label: 'Relabelled weapon' } as any });
    },
    reads: () => [['/api/weapons?locale=en', (body) => body.includes('Relabelled weapon')]],
  },
  {
    name: "a location's parent changed",
    write: async () => {
      const parent = await createLocation(app.strapi, { name: 'Cache test governorate', level: 'governorate' });
      const child = await app.strapi.db.query(LOCATION).findOne({ where: { locale: 'en', level: 'city' } });
      await app.strapi.documents(LOCATION).update({ documentId: child.documentId, locale: 'en', data: { parent: parent.documentId } as any });
    },
    reads: () => [['/api/locations?locale=en&pagination[pageSize]=100&populate[parent][fields][0]=name', (body) => body.includes('Cache test governorate')]],
  },
  {
    name: 'a source made confidential',
    write: async () => {
      const source = await createSource(app.strapi, { title: 'A source soon confidential' });
      await warm();
      await app.strapi.documents(SOURCE).update({ documentId: source.documentId, locale: 'en', data: { confidential: true } as any });
    },
    reads: () => [['/api/sources?locale=en&pagination[pageSize]=100', (body) => !body.includes('A source soon confidential')]],
  },
  {
    name: 'an article unpublished',
    write: async () => {
      await app.strapi.documents(ARTICLE).unpublish({ documentId: article.documentId, locale: 'en' } as any);
    },
    reads: () => [
      [`/api/articles/by-slug/${article.slug}?locale=en`, (_body, status) => status === 404],
      ['/api/articles?locale=en&fields[0]=title', (body) => !body.includes('Retitled for the cache test')],
      ['/api/search?q=cache', (body) => !body.includes(article.documentId)],
    ],
  },
  {
    name: 'an incident deleted',
    write: async () => {
      await app.strapi.documents(INCIDENT).delete({ documentId: incidentId } as any);
    },
    reads: () => [['/api/incidents?locale=en&fields[0]=title&pagination[pageSize]=100', (body) => !body.includes(incidentId)]],
  },
  {
    name: 'a locale added',
    write: async () => {
      await app.strapi.plugin('i18n').service('locales').create({ code: 'fr', name: 'French (fr)' });
    },
    reads: () => [['/api/weapons?locale=en', (_body, status) => status === 200]],
  },
];

describe.each(WRITES.map((write) => [write.name, write]))('%s', (_name, { write, reads }) => {
  test('is seen by the next public read', async () => {
    await warm();
    await write();
    for (const [path, shows] of reads()) {
      const response = await get(path);
      expect([path, servedFromCache(response), shows(response.text, response.status)]).toEqual([path, false, true]);
    }
  });
});

test('reads running while a write commits never leave an entry that hides it', async () => {
  const path = '/api/articles?locale=en&fields[0]=title&fields[1]=summary';
  const raced = await createArticle(app.strapi, { title: 'Raced article', summary: 'version 0' }, { publish: true });
  // Holds the publish's transaction open after its write, so that reads (on PostgreSQL's other
  // connections) run between the write and the commit, reading what was there before.
  let holdCommit = false;
  app.strapi.db.lifecycles.subscribe({
    models: [ARTICLE],
    afterCreate: async () => {
      if (holdCommit) await new Promise((resolve) => setTimeout(resolve, 300));
    },
  });
  // Over a listening socket: supertest would start each request's own server and close it under the others.
  const base = await listen(app);
  for (let round = 1; round <= 4; round += 1) {
    holdCommit = true;
    let written = false;
    const writing = updatePublished(ARTICLE, raced.documentId, { summary: `version ${round}` }).finally(() => {
      holdCommit = false;
      written = true;
    });
    const inFlight: Promise<string>[] = [];
    while (!written) {
      inFlight.push(fetch(`${base}${path}`).then((response) => response.text()));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await writing;
    await Promise.all(inFlight);
    expect((await get(path).expect(200)).text).toContain(`version ${round}`);
  }
});

test('a write made by a route of the admin panel (a public permission changed) invalidates too', async () => {
  await warm();
  const permission = await app.strapi.db.query('plugin::users-permissions.permission').findOne({ where: { action: 'api::weapon.weapon.find' } });
  await app.strapi.db.query('plugin::users-permissions.permission').update({ where: { id: permission.id }, data: { action: permission.action } });
  expect(servedFromCache(await get('/api/weapons?locale=en'))).toBe(false);
});

test('requests with a token or a cookie are neither answered from the cache nor kept in it', async () => {
  const bodies = await warm();
  const token = await createFullAccessToken(app.strapi);
  for (const path of bodies.keys()) {
    const withToken = await get(path).set('Authorization', `Bearer ${token}`).expect(200);
    expect([path, withToken.headers['x-response-cache']]).toEqual([path, undefined]);
    expect(withToken.headers['cache-control']).toBe('private, no-cache');
    const withCookie = await get(path).set('Cookie', 'session=abc').expect(200);
    expect([path, withCookie.headers['x-response-cache']]).toEqual([path, undefined]);
    const anonymous = await get(path).expect(200);
    expect([path, servedFromCache(anonymous), anonymous.text]).toEqual([path, true, bodies.get(path)]);
  }
});

test('errors are never kept, and the admin API is never cached', async () => {
  for (let i = 0; i < 2; i += 1) {
    const invalid = await get('/api/incidents?locale=fr-XX').expect(400);
    expect(invalid.headers['x-response-cache']).toBeUndefined();
    const missing = await get('/api/articles/by-slug/no-such-article').expect(404);
    expect(servedFromCache(missing)).toBe(false);
  }
  const admin = await get('/admin/init');
  expect(admin.headers['x-response-cache']).toBeUndefined();
});
