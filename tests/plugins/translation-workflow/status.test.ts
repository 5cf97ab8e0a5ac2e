import { execFileSync } from 'node:child_process';
import path from 'node:path';
import request from 'supertest';
import { createFullAccessToken, loginAdmin } from '../../helpers/auth';
import { createArticle, createIncident, createLocation } from '../../helpers/fixtures';
import { countReadQueries } from '../../helpers/query-counter';
import { startStrapi, type TestApp } from '../../helpers/strapi';

/** Translation status per document and locale, kept current on every write path, and the translator's queue. */
let app: TestApp;
let editor: string;
let translator: string;
let token: string;
const ARTICLE = 'api::article.article';

beforeAll(async () => {
  app = await startStrapi();
  editor = await loginAdmin(app.strapi, app.server, 'strapi-editor');
  translator = await loginAdmin(app.strapi, app.server, 'translator');
  token = await createFullAccessToken(app.strapi);
});
afterAll(async () => app?.stop());

const admin = (who: string) => ({
  get: (path: string) => request(app.server).get(`/translation-workflow${path}`).set('Authorization', `Bearer ${who}`),
  post: (path: string) => request(app.server).post(`/translation-workflow${path}`).set('Authorization', `Bearer ${who}`).send({}),
});
const statusOf = async (uid: string, documentId: string) => {
  const response = await admin(editor).get(`/status/${uid}/${documentId}`);
  expect(response.status).toBe(200);
  return Object.fromEntries(response.body.data.map((row: any) => [row.locale, row]));
};
const contentApi = (method: 'put' | 'post', path: string, data: object) =>
  request(app.server)[method](path).set('Authorization', `Bearer ${token}`).send({ data });

test('each step of a translation, English first', async () => {
  const article = await createArticle(app.strapi, { title: 'Airstrike on Saraqib', dateline: '2017-04-10T15:15:00.000Z' });
  let status = await statusOf(ARTICLE, article.documentId);
  expect([status.en.status, status.ar.status]).toEqual(['draft', 'missing']);

  await app.strapi.documents(ARTICLE).update({ documentId: article.documentId, locale: 'ar', data: { title: 'غارة على سراقب' } } as any);
  status = await statusOf(ARTICLE, article.documentId);
  expect([status.en.status, status.ar.status]).toEqual(['draft', 'draft']);

  await app.strapi.documents(ARTICLE).publish({ documentId: article.documentId, locale: '*' } as any);
  status = await statusOf(ARTICLE, article.documentId);
  expect([status.en.status, status.ar.status]).toEqual(['published', 'published']);

  // An edit of the English text through the content API makes the Arabic outdated, naming the field.
  await contentApi('put', `/api/articles/${article.documentId}?locale=en`, { title: 'Airstrikes on Saraqib and Sarmin' });
  status = await statusOf(ARTICLE, article.documentId);
  expect(status.ar).toMatchObject({
    status: 'outdated',
    sourceLocale: 'en',
    changedFields: [{ field: 'title', before: 'Airstrike on Saraqib', after: 'Airstrikes on Saraqib and Sarmin' }],
  });
  expect(status.en.status).toBe('published');

  // The translator brings it up to date through the admin panel's API.
  const saved = await request(app.server)
    .put(`/content-manager/collection-types/${ARTICLE}/${article.documentId}?locale=ar`)
    .set('Authorization', `Bearer ${translator}`)
    .send({ title: 'غارات على سراقب وسرمين' });
  expect(saved.status).toBe(200);
  status = await statusOf(ARTICLE, article.documentId);
  expect(status.ar.status).not.toBe('outdated');
  expect(status.en.status).not.toBe('outdated');
});

test('changing a shared field or saving without a change makes nothing outdated', async () => {
  const incident = await createIncident(app.strapi, { title: 'Shelling', date: '2017-04-08' }, { publish: true, arabic: { title: 'قصف' } });
  await contentApi('put', `/api/incidents/${incident.documentId}?locale=en`, { date: '2017-04-07', casualties: { killedMin: 3 }, verificationStatus: 'corroborated' });
  await contentApi('put', `/api/incidents/${incident.documentId}?locale=en`, { title: 'Shelling' });
  const status = await statusOf('api::incident.incident', incident.documentId);
  expect([status.en.status, status.ar.status]).toEqual(['published', 'published']);
});

test('a document written in Arabic first', async () => {
  const created = await contentApi('post', '/api/locations?locale=ar', { name: 'سراقب', level: 'town' });
  const { documentId } = created.body.data;
  let status = await statusOf('api::location.location', documentId);
  expect([status.ar.status, status.en.status]).toEqual(['published', 'missing']);
  await contentApi('put', `/api/locations/${documentId}?locale=en`, { name: 'Saraqib' });
  await contentApi('put', `/api/locations/${documentId}?locale=ar`, { aliases: 'سراقب الشرقية' });
  status = await statusOf('api::location.location', documentId);
  expect(status.en).toMatchObject({ status: 'outdated', sourceLocale: 'ar', changedFields: [expect.objectContaining({ field: 'aliases' })] });
});

test('"still correct" clears outdated without changing the text; only for the locales one may edit', async () => {
  const location = await createLocation(app.strapi, { name: 'Sarmin' }, { name: 'سرمين' });
  await contentApi('put', `/api/locations/${location.documentId}?locale=en`, { aliases: 'Sermin' });
  expect((await statusOf('api::location.location', location.documentId)).ar.status).toBe('outdated');

  const refused = await admin(translator).post(`/status/api::location.location/${location.documentId}/en/still-correct`);
  expect(refused.status).toBe(403);
  const confirmed = await admin(translator).post(`/status/api::location.location/${location.documentId}/ar/still-correct`);
  expect(confirmed.status).toBe(200);
  expect(confirmed.body.data.status).toBe('published');
  const stored = await app.strapi.db.query('api::location.location').findOne({ where: { documentId: location.documentId, locale: 'ar' } });
  expect(stored.name).toBe('سرمين');
});

test('a translator may not change shared fields: a 403, and nothing changes', async () => {
  const incident = await createIncident(app.strapi, { date: '2017-04-09' }, { arabic: { title: 'غارة' } });
  const response = await request(app.server)
    .put(`/content-manager/collection-types/api::incident.incident/${incident.documentId}?locale=ar`)
    .set('Authorization', `Bearer ${translator}`)
    .send({ title: 'غارة جوية', date: '2017-04-01' });
  expect(response.status).toBe(403);
  const stored = await app.strapi.db.query('api::incident.incident').findOne({ where: { documentId: incident.documentId, locale: 'ar', publishedAt: null } });
  expect(stored).toMatchObject({ title: 'غارة', date: '2017-04-09' });
});

describe('the queue', () => {
  let outdated: string;
  let missing: string;

  beforeAll(async () => {
    outdated = (await createArticle(app.strapi, { title: 'Queue: outdated report' }, { publish: true, arabic: { title: 'تقرير قديم' } })).documentId;
    await app.strapi.documents(ARTICLE).update({ documentId: outdated, locale: 'en', data: { title: 'Queue: outdated report, corrected' } } as any);
    missing = (await createIncident(app.strapi, { title: 'Queue: untranslated incident' })).documentId;
  });

  test('lists what needs work in a locale, with counts per status', async () => {
    const response = await admin(translator).get('/queue?locale=ar');
    expect(response.status).toBe(200);
    const ids = response.body.data.map((row: any) => row.documentId);
    expect(ids).toEqual(expect.arrayContaining([outdated, missing]));
    expect(response.body.data.every((row: any) => row.status !== 'published')).toBe(true);
    expect(response.body.meta.counts.outdated).toBeGreaterThanOrEqual(1);
    expect(response.body.meta.counts.missing).toBeGreaterThanOrEqual(1);
  });

  test('filters by type, status and words of either language', async () => {
    const byStatus = await admin(translator).get('/queue?locale=ar&status=outdated');
    expect(byStatus.body.data.every((row: any) => row.status === 'outdated')).toBe(true);
    const row = byStatus.body.data.find((r: any) => r.documentId === outdated);
    expect(row).toMatchObject({ uid: ARTICLE, title: 'تقرير قديم', sourceTitle: 'Queue: outdated report, corrected', changedFields: ['title'] });

    const byType = await admin(translator).get('/queue?locale=ar&type=api::incident.incident&status=missing');
    expect(byType.body.data.map((r: any) => r.documentId)).toContain(missing);
    expect(byType.body.data.every((r: any) => r.uid === 'api::incident.incident')).toBe(true);

    for (const q of ['untranslated', 'قديم']) {
      const found = await admin(translator).get(`/queue?locale=ar&q=${encodeURIComponent(q)}`);
      expect(found.body.data).toHaveLength(1);
    }
  });

  test('bad filters are 400s naming the parameter; the queue is not public', async () => {
    const bad = await admin(translator).get('/queue?locale=ar&status=lost');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['status']);
    expect((await admin(translator).get('/queue?locale=ar&pageSize=1000')).status).toBe(400);
    expect((await request(app.server).get('/translation-workflow/queue?locale=ar')).status).toBe(401);
    expect((await request(app.server).get('/api/translation-workflow/queue?locale=ar')).status).toBe(404);
  });

  test('lists and counts only the types the reader may read in that locale', async () => {
    // A role made in the panel: it reads articles in Arabic, and the queue; never incidents.
    const roles = app.strapi.service('admin::role');
    const role = await roles.create({ name: `Arabic articles ${Date.now()}`, description: 'A test role' });
    const fields = app.strapi.service('admin::content-type').getNestedFields(app.strapi.contentTypes[ARTICLE], { components: app.strapi.components });
    await roles.assignPermissions(role.id, [
      { action: 'plugin::content-manager.explorer.read', subject: ARTICLE, properties: { fields, locales: ['ar'] }, conditions: [] },
      { action: 'plugin::translation-workflow.read', subject: null, properties: {}, conditions: [] },
    ]);
    const reader = await loginAdmin(app.strapi, app.server, role.code);

    const queue = (await admin(reader).get('/queue?locale=ar&pageSize=100')).body;
    expect(queue.data.map((row: any) => row.documentId)).toContain(outdated);
    expect(queue.data.every((row: any) => row.uid === ARTICLE)).toBe(true);
    expect(queue.meta.counts).toEqual(await app.strapi.plugin('translation-workflow').service('queue').counts({ locale: 'ar', contentType: [ARTICLE] }));
    expect(queue.meta.counts.missing).toBeLessThan((await admin(translator).get('/queue?locale=ar')).body.meta.counts.missing);

    const incidents = (await admin(reader).get('/queue?locale=ar&type=api::incident.incident')).body;
    expect(incidents.data).toEqual([]);
    expect(incidents.meta.pagination.total).toBe(0);
    // Nor the English entries, which it may not read.
    const english = (await admin(reader).get('/queue?locale=en')).body;
    expect([english.data, Object.values(english.meta.counts).every((count) => count === 0)]).toEqual([[], true]);
  });

  test('a change made through another instance shows at once (the state is in the database)', async () => {
    const script = path.join(__dirname, '../../helpers/second-instance.js');
    const steps = [{ uid: ARTICLE, action: 'update', params: { documentId: outdated, locale: 'en', data: { summary: 'A summary written elsewhere' } } }];
    execFileSync(process.execPath, [script, JSON.stringify(steps)], { env: process.env, encoding: 'utf8', timeout: 60000 });
    const status = await statusOf(ARTICLE, outdated);
    expect(status.ar.changedFields.map((c: any) => c.field).sort()).toEqual(['summary', 'title']);
  });
});

test('sites learn in which languages a document exists', async () => {
  const both = await createArticle(app.strapi, { title: 'Both' }, { publish: true, arabic: { title: 'كلاهما' } });
  const englishOnly = await createArticle(app.strapi, { title: 'English only' }, { publish: true });
  const one = await request(app.server).get(`/api/articles/${both.documentId}?locale=ar`);
  expect(one.body.data.availableLocales).toEqual(['ar', 'en']);
  const list = await request(app.server).get('/api/articles?locale=en&pagination[pageSize]=100');
  const entry = list.body.data.find((a: any) => a.documentId === englishOnly.documentId);
  expect(entry.availableLocales).toEqual(['en']);

  // One query for the whole page, not one per document.
  const counts = [];
  for (const pageSize of [1, 4]) {
    const { result, queries } = await countReadQueries(app.strapi, () => request(app.server).get(`/api/articles?locale=en&pagination[pageSize]=${pageSize}`));
    expect(result.body.data).toHaveLength(pageSize);
    counts.push(queries);
  }
  expect(counts[1]).toBe(counts[0]);
});

test('a published translation saved again is a draft until it is published again', async () => {
  const article = await createArticle(app.strapi, { title: 'Report' }, { publish: true, arabic: { title: 'تقرير' } });
  await app.strapi.documents(ARTICLE).update({ documentId: article.documentId, locale: 'ar', data: { title: 'تقرير منقح' } } as any);
  expect((await statusOf(ARTICLE, article.documentId)).ar.status).toBe('draft');
  await app.strapi.documents(ARTICLE).publish({ documentId: article.documentId, locale: 'ar' } as any);
  expect((await statusOf(ARTICLE, article.documentId)).ar.status).toBe('published');
});
