import { execFileSync } from 'node:child_process';
import path from 'node:path';
import request from 'supertest';
import { loadDemoData } from '../../../src/bootstrap/demo-data';
import { loginAdmin } from '../../helpers/auth';
import { createArticle, createIncident, createLocation } from '../../helpers/fixtures';
import { countReadQueries } from '../../helpers/query-counter';
import { startStrapi, type TestApp } from '../../helpers/strapi';

/** Suggestions through the admin API, on the demo content and across instances sharing a database. */
let app: TestApp;
let editor: string;
let seed: string;
const demoTitles: Record<'en' | 'ar', Set<string>> = { en: new Set(), ar: new Set() };

beforeAll(async () => {
  app = await startStrapi();
  await loadDemoData(app.strapi);
  editor = await loginAdmin(app.strapi, app.server, 'strapi-editor');
  seed = (await app.strapi.db.query('api::article.article').findOne({ where: { locale: 'en' } })).documentId;
  for (const row of await app.strapi.db.query('api::incident.incident').findMany({ where: { publishedAt: null } })) {
    demoTitles[row.locale as 'en' | 'ar'].add(row.title);
  }
  // Distractors: the same town a year earlier, and the same weapons on the same day elsewhere.
  const khan = await app.strapi.db.query('api::location.location').findOne({ where: { name: 'Khan Sheikhoun', locale: 'en' } });
  await createIncident(app.strapi, { title: 'Shelling of Khan Sheikhoun a year before', date: '2016-04-04', location: khan.documentId });
  const aleppo = await createLocation(app.strapi, { name: 'Aleppo', level: 'governorate', pcode: 'SY02' });
  const wp = await app.strapi.db.query('api::weapon.weapon').findOne({ where: { key: 'white-phosphorus' } });
  await createIncident(app.strapi, { title: 'White phosphorus on Aleppo', date: '2017-04-09', location: aleppo.documentId, weapons: [wp.documentId] });
});
afterAll(async () => app?.stop());

const suggestions = (articleId: string, locale: string) =>
  request(app.server).get(`/incident-linker/articles/${articleId}/suggestions?locale=${locale}`).set('Authorization', `Bearer ${editor}`);

test.each(['en', 'ar'] as const)('the seed article (%s) is suggested its own 23 incidents first', async (locale) => {
  const response = await suggestions(seed, locale);
  expect(response.status).toBe(200);
  const titles = response.body.data.suggestions.map((s: any) => s.incident.title);
  expect(titles.slice(0, 23).every((t: string) => demoTitles[locale].has(t))).toBe(true);
  expect(new Set(titles.slice(0, 23)).size).toBe(23);
  const first = response.body.data.suggestions[0];
  expect(first.reasons.places.length).toBeGreaterThan(0);
  expect(first.reasons.dateDistanceDays).toBeGreaterThanOrEqual(0);
});

test('already-linked incidents are marked, with their role', async () => {
  const linkedBefore = (await suggestions(seed, 'en')).body.data.suggestions.filter((s: any) => s.linked);
  // The demo links the seed article to its 23 incidents.
  expect(linkedBefore).toHaveLength(23);
  const orem = linkedBefore.find((s: any) => s.incident.title.includes('Orem Allouz'));
  expect(orem.link).toMatchObject({ role: 'primary-report' });

  const unlinked = await request(app.server).delete(`/incident-linker/links/${orem.link.id}`).set('Authorization', `Bearer ${editor}`);
  expect(unlinked.status).toBe(200);
  const between = await suggestions(seed, 'ar');
  expect(between.body.data.suggestions.find((s: any) => s.incident.documentId === orem.incident.documentId)).toMatchObject({ linked: false });

  const made = await request(app.server)
    .post('/incident-linker/links')
    .set('Authorization', `Bearer ${editor}`)
    .send({ article: seed, incident: orem.incident.documentId, role: 'analysis' });
  expect(made.status).toBe(201);
  const after = await suggestions(seed, 'ar');
  const marked = after.body.data.suggestions.find((s: any) => s.incident.documentId === orem.incident.documentId);
  expect(marked).toMatchObject({ linked: true, link: { role: 'analysis' } });
  expect(after.body.data.suggestions.filter((s: any) => s.linked)).toHaveLength(23);
});

test('a suggestion call makes a bounded number of queries', async () => {
  const { result, queries } = await countReadQueries(app.strapi, () => suggestions(seed, 'en'));
  expect(result.status).toBe(200);
  expect(queries).toBeLessThanOrEqual(20);
});

test('an unknown article is a 404, a bad locale a 400', async () => {
  expect((await suggestions('nosuchdocument000000000', 'en')).status).toBe(404);
  expect((await suggestions(seed, 'e n')).status).toBe(400);
});

test('a place and an incident created through another instance are suggested at once', async () => {
  const article = await createArticle(app.strapi, {
    title: 'Barrel bombs on Kafr Nabl',
    body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Helicopters dropped barrel bombs on Kafr Nabl on Sunday.' }] }],
  });
  const before = await suggestions(article.documentId, 'en');
  expect(before.body.data.places).toEqual([]);

  // The other instance: its own process, the same database.
  const script = path.join(__dirname, '../../helpers/second-instance.js');
  const steps = [
    { uid: 'api::location.location', action: 'create', params: { locale: 'en', data: { name: 'Kafr Nabl', level: 'town', latitude: 35.61, longitude: 36.56 } } },
    { uid: 'api::incident.incident', action: 'create', params: { locale: 'en', data: { title: 'Barrel bombs on Kafr Nabl', date: '2017-04-09', location: '$0' } } },
  ];
  const output = execFileSync(process.execPath, [script, JSON.stringify(steps)], { env: process.env, encoding: 'utf8', timeout: 60000 });
  const [, incidentId] = JSON.parse(output.trim().split('\n').pop()!);

  const after = await suggestions(article.documentId, 'en');
  expect(after.body.data.places.map((p: any) => p.name)).toEqual(['Kafr Nabl']);
  expect(after.body.data.suggestions[0].incident).toMatchObject({ documentId: incidentId, title: 'Barrel bombs on Kafr Nabl' });
});
