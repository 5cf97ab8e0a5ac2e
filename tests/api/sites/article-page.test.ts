import request from 'supertest';
import { loadDemoData } from '../../../src/bootstrap/demo-data';
import { createArticle, createIncident, createLocation, createSource } from '../../helpers/fixtures';
import { countReadQueries } from '../../helpers/query-counter';
import { startStrapi, type TestApp } from '../../helpers/strapi';

/**
 * The article page by slug answers, byte for byte, what the article list's find answers for the
 * same article with the page's populate and `withLinks` (which is how the page was built before it
 * read the article itself), over the demo data and articles made to cover the cases a page meets:
 * confidential sources, incidents in another locale, unpublished or without a place, a
 * translation that is only a draft, a published article whose draft has moved on.
 */
let app: TestApp;
const LINK = 'plugin::incident-linker.link';
const ARTICLE = 'api::article.article';
const PAGE_QUERY = [
  ...['url', 'alternativeText', 'width', 'height', 'formats'].map((field, i) => `populate[cover][fields][${i}]=${field}`),
  ...['name', 'level', 'pcode', 'latitude', 'longitude', 'coordinatesApproximate'].map((field, i) => `populate[locations][fields][${i}]=${field}`),
  'populate[sources]=true',
  'withLinks=true',
].join('&');

const get = (path: string) => request(app.server).get(path);
const link = (article: string, incident: string, role = 'mentions') =>
  app.strapi.db.query(LINK).create({ data: { articleDocumentId: article, incidentDocumentId: incident, role } });
const slugOf = async (documentId: string, locale: string) =>
  (await app.strapi.db.query(ARTICLE).findOne({ where: { documentId, locale, publishedAt: { $notNull: true } }, select: ['slug'] })).slug as string;

/**
 * Strapi sets populated relations as their statements return, in parallel: on PostgreSQL the
 * list's order of them varies between requests. The page keeps its populate's order (SQLite's);
 * the list's answer is compared in that order.
 */
const POPULATED = ['cover', 'locations', 'sources'];
const inPopulateOrder = (data: Record<string, unknown>) => {
  const { linkedIncidents, availableLocales, ...article } = data;
  const scalars = Object.entries(article).filter(([key]) => !POPULATED.includes(key));
  return { ...Object.fromEntries(scalars), ...Object.fromEntries(POPULATED.map((key) => [key, article[key]])), linkedIncidents, availableLocales };
};

let linkedArticle: string;
let plainArticle: string;

beforeAll(async () => {
  // The response cache off: the queries counted are those of a page being made.
  app = await startStrapi({ env: { RESPONSE_CACHE_ENABLED: 'false' } });
  await loadDemoData(app.strapi);
  const place = await createLocation(app.strapi, { name: 'Saraqib' }, { name: 'سراقب' });
  const secret = await createSource(app.strapi, { title: 'Named insider', confidential: true, url: 'https://example.org/insider', contactNotes: 'phone' });
  const open = await createSource(app.strapi, { title: 'Open report', url: 'https://example.org/report' }, { title: 'تقرير علني' });
  linkedArticle = (
    await createArticle(app.strapi, { title: 'Airstrikes on Saraqib', locations: [place.documentId], sources: [secret.documentId, open.documentId] }, { publish: true, arabic: { title: 'غارات على سراقب' } })
  ).documentId;
  const translated = await createIncident(app.strapi, { title: 'Airstrike on Saraqib', location: place.documentId }, { publish: true, arabic: { title: 'غارة على سراقب' } });
  const englishOnly = await createIncident(app.strapi, { title: 'Shelling of Saraqib', time: '05:30:00' }, { publish: true });
  const draftOnly = await createIncident(app.strapi, { title: 'Unverified report' });
  await link(linkedArticle, englishOnly.documentId, 'follow-up');
  await link(linkedArticle, translated.documentId, 'primary-report');
  await link(linkedArticle, draftOnly.documentId);
  // Published in English only, with an Arabic draft; then its English draft moves on.
  plainArticle = (await createArticle(app.strapi, { title: 'Statement on Saraqib' }, { publish: true })).documentId;
  await app.strapi.documents(ARTICLE).update({ documentId: plainArticle, locale: 'ar', data: { title: 'بيان عن سراقب' } as any });
  await app.strapi.documents(ARTICLE).update({ documentId: plainArticle, locale: 'en', data: { title: 'Statement on Saraqib, revised' } as any });
});
afterAll(async () => app?.stop());

test('every published article, in each of its locales, answers the bytes of the list find with the same populate and links', async () => {
  const versions: { slug: string; locale: string }[] = await app.strapi.db.query(ARTICLE).findMany({ where: { publishedAt: { $notNull: true } }, select: ['slug', 'locale'] });
  expect(versions.length).toBeGreaterThanOrEqual(5);
  for (const { slug, locale } of versions) {
    const page = await get(`/api/articles/by-slug/${encodeURIComponent(slug)}?locale=${locale}`).expect(200);
    const list = await get(`/api/articles?filters[slug][$eq]=${encodeURIComponent(slug)}&locale=${locale}&${PAGE_QUERY}`).expect(200);
    expect(list.body.data).toHaveLength(1);
    expect(page.text).toBe(JSON.stringify({ data: inPopulateOrder(list.body.data[0]), meta: {} }));
  }
});

test('the page shows the published version, its published locales, its incidents in the reader’s locale or marked as fallbacks', async () => {
  const { data } = (await get(`/api/articles/by-slug/${await slugOf(linkedArticle, 'ar')}?locale=ar`).expect(200)).body;
  expect(data.availableLocales).toEqual(['ar', 'en']);
  expect(data.linkedIncidents.map((incident: any) => [incident.title, incident.fallback, incident.role])).toEqual([
    ['Shelling of Saraqib', true, 'follow-up'],
    ['غارة على سراقب', false, 'primary-report'],
  ]);
  expect(data.linkedIncidents[1].location).toMatchObject({ name: 'سراقب', coordinatesApproximate: false, latitude: 35.5 });
  expect(data.linkedIncidents[0].location).toBeNull();
  expect(JSON.stringify(data.sources)).not.toContain('Named insider');
  const plain = (await get(`/api/articles/by-slug/${await slugOf(plainArticle, 'en')}?locale=en`).expect(200)).body.data;
  expect([plain.title, plain.availableLocales, plain.linkedIncidents]).toEqual(['Statement on Saraqib', ['en'], []]);
  await get(`/api/articles/by-slug/${await slugOf(plainArticle, 'en')}?locale=ar`).expect(404);
});

test('a page is six queries, whatever the number of its incidents, places and sources', async () => {
  // The demo article: 23 linked incidents, over 20 places, several sources; the other: none of them.
  const demo = (await get('/api/articles?locale=en&fields[0]=slug&filters[title][$startsWith]=Russian').expect(200)).body.data[0].slug;
  const rich = await countReadQueries(app.strapi, () => get(`/api/articles/by-slug/${demo}?locale=en`).expect(200));
  const plainSlug = await slugOf(plainArticle, 'en');
  const bare = await countReadQueries(app.strapi, () => get(`/api/articles/by-slug/${plainSlug}?locale=en`).expect(200));
  expect(rich.result.body.data.linkedIncidents.length).toBeGreaterThan(20);
  expect(rich.result.body.data.locations.length).toBeGreaterThan(20);
  expect(bare.result.body.data.linkedIncidents).toHaveLength(0);
  // Public permissions, the article's published versions, its cover, places and sources, the links with their incidents and places.
  expect(rich.queries).toBe(6);
  expect(bare.queries).toBe(6);
});
