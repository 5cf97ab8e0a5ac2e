import Parser from 'rss-parser';
import request from 'supertest';
import { loadDemoData } from '../../../src/bootstrap/demo-data';
import { createArticle, createIncident, createSource } from '../../helpers/fixtures';
import { countReadQueries } from '../../helpers/query-counter';
import { startStrapi, type TestApp } from '../../helpers/strapi';

/** Article pages, feeds and search on the demo data, with a draft and a confidential source that must not leak. */
let app: TestApp;
let draftId: string;
let draftIncidentId: string;
const parser = new Parser();

beforeAll(async () => {
  app = await startStrapi();
  await loadDemoData(app.strapi);
  const draft = await createArticle(app.strapi, { title: 'Draft article about Khan Sheikhoun and zanzibarite', summary: 'Not published' }, { arabic: { title: 'مسودة عن خان شيخون' } });
  draftId = draft.documentId;
  draftIncidentId = (await createIncident(app.strapi, { title: 'Unpublished incident' })).documentId;
});
afterAll(async () => app?.stop());

const get = (path: string) => request(app.server).get(path);

describe('article page by slug', () => {
  test('one request gives the article with cover, places, sources, incidents and its locales', async () => {
    const { slug, documentId } = (await get('/api/articles?locale=ar&fields[0]=slug').expect(200)).body.data[0];
    await app.strapi.plugin('incident-linker').service('links').link({ article: documentId, incident: draftIncidentId, role: 'mentions' });
    const { data } = (await get(`/api/articles/by-slug/${encodeURIComponent(slug)}?locale=ar`).expect(200)).body;
    expect(data.locale).toBe('ar');
    expect(data.availableLocales).toEqual(['ar', 'en']);
    expect(data.locations.length).toBeGreaterThan(20);
    expect(data.sources.length).toBeGreaterThan(0);
    expect('cover' in data).toBe(true);
    // The demo links the article to the 23 incidents it reports; the unpublished incident is linked too, and left out.
    const titles = data.linkedIncidents.map((incident: any) => incident.title);
    expect(titles).toHaveLength(23);
    expect(titles).toContain('الهجوم بالسلاح الكيميائي على خان شيخون');
    expect(data.linkedIncidents.map((incident: any) => incident.documentId)).not.toContain(draftIncidentId);
  });

  test('a slug of another locale, or of a draft, is a 404', async () => {
    const { slug } = (await get('/api/articles?locale=en&fields[0]=slug').expect(200)).body.data[0];
    await get(`/api/articles/by-slug/${slug}?locale=ar`).expect(404);
    const draftSlug = (await app.strapi.db.query('api::article.article').findOne({ where: { documentId: draftId, locale: 'en' } })).slug;
    await get(`/api/articles/by-slug/${draftSlug}`).expect(404);
    expect((await get(`/api/articles/by-slug/${slug}?status=draft`).expect(400)).body.error.details.errors[0].path).toEqual(['status']);
  });

  test('a confidential source is redacted on the page', async () => {
    const secret = await createSource(app.strapi, { title: 'Named insider', confidential: true, url: 'https://example.org/insider', contactNotes: 'phone' });
    const article = await createArticle(app.strapi, { title: 'Article citing an insider', sources: [secret.documentId] }, { publish: true });
    const slug = (await app.strapi.db.query('api::article.article').findOne({ where: { documentId: article.documentId, locale: 'en' } })).slug;
    const response = await get(`/api/articles/by-slug/${slug}`).expect(200);
    expect(response.text).not.toContain('Named insider');
    expect(response.text).not.toContain('example.org/insider');
    expect(response.text).not.toContain('phone');
    await app.strapi.documents('api::article.article').delete({ documentId: article.documentId, locale: '*' } as any);
  });
});

describe('feeds', () => {
  test('RSS 2.0 in English lists published articles linking to the site', async () => {
    const response = await get('/api/articles.rss').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/rss\+xml/);
    const feed = await parser.parseString(response.text);
    expect(feed.items.map((item) => item.title)).toEqual(['Russian Jets Hit Syrians with Cluster Bombs & White Phosphorus in Revenge Attacks']);
    expect(feed.items[0].link).toMatch(/^http:\/\/localhost:3000\/en\/articles\/russian-jets-hit-syrians/);
    expect(new Date(feed.items[0].isoDate!).toISOString()).toBe('2017-04-10T15:15:00.000Z');
    expect(response.text).not.toContain('zanzibarite');
  });

  test('Atom in Arabic is marked Arabic and right-to-left', async () => {
    const response = await get('/api/articles.atom?locale=ar').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/atom\+xml/);
    expect(response.text).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">');
    const feed = await parser.parseString(response.text);
    expect(feed.title).toBe('توثيق الانتهاكات في سوريا: الأخبار');
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0].title).toBe('طائرات روسية تقصف السوريين بالقنابل العنقودية والفوسفور الأبيض في هجمات انتقامية');
    expect(feed.items[0].content).toContain('<div lang="ar" dir="rtl">');
    expect(response.text).not.toContain('مسودة');
  });

  test('RSS declares the language; an unknown section or parameter is a 400', async () => {
    expect((await get('/api/articles.rss?locale=ar').expect(200)).text).toContain('<language>ar</language>');
    expect((await get('/api/articles.rss?section=statements').expect(200)).text).not.toContain('<item>');
    expect((await get('/api/articles.rss?section=gossip').expect(400)).body.error.details.errors[0].path).toEqual(['section']);
    expect((await get('/api/articles.atom?limit=5').expect(400)).body.error.details.errors[0].path).toEqual(['limit']);
  });
});

describe('search', () => {
  const hits = async (q: string, locale = 'en') => {
    const body = (await get(`/api/search?q=${encodeURIComponent(q)}&locale=${locale}&limit=50`).expect(200)).body;
    return body.data.map((hit: any) => `${hit.type}:${hit.documentId}`).sort();
  };

  test('Arabic and Latin spellings of a place find the same things, in either locale', async () => {
    const arabic = await hits('خان شيخون');
    expect(arabic.filter((hit: string) => hit.startsWith('incident:'))).toHaveLength(3);
    expect(arabic.some((hit: string) => hit.startsWith('article:'))).toBe(true);
    expect(arabic.some((hit: string) => hit.startsWith('location:'))).toBe(true);
    expect(await hits('Khan Sheikhoun')).toEqual(arabic);
    expect(await hits('Khan Sheikoun')).toEqual(arabic);
    expect(await hits('KHAN SHEIKHOUN', 'ar')).toEqual(await hits('خان شيخون', 'ar'));
    expect(arabic).not.toContain(`article:${draftId}`);
  });

  test('words are folded: Arabic prefixes and marks, Latin case and doubled letters', async () => {
    const phosphorus = await hits('الفوسفور', 'ar');
    expect(phosphorus.length).toBeGreaterThan(15);
    expect(await hits('فوسفور', 'ar')).toEqual(phosphorus);
    expect(await hits('بالفوسفور', 'ar')).toEqual(phosphorus);
    expect(await hits('Phosphorus')).toEqual(await hits('phosphorous'));
  });

  test('every word must match; drafts are never found', async () => {
    // The chemical attack, the strike on the airbase it was launched from, and the article.
    const chemical = await hits('chemical Sheikhoun');
    expect(chemical).toHaveLength(3);
    expect((await hits('Sheikhoun')).length).toBeGreaterThan(chemical.length);
    expect(await hits('zanzibarite')).toEqual([]);
    const counts = (await get('/api/search?q=airstrikes&types=incident').expect(200)).body.meta.counts;
    expect(Object.keys(counts)).toEqual(['incident']);
  });

  test('the stored search words never leave through the API', async () => {
    for (const path of ['/api/articles?locale=ar', '/api/incidents?populate[location]=true', '/api/locations', '/api/search?q=Saraqib']) {
      const response = await get(path).expect(200);
      expect(response.text).not.toContain('searchText');
    }
    expect((await get('/api/articles?filters[searchText][$contains]=x').expect(400)).body.error.name).toBe('ValidationError');
  });

  test('makes a bounded number of queries whatever the number of hits, and counts them all', async () => {
    // The place directory's check, then at most three queries per type: the count, the page's ids, its rows.
    const few = await countReadQueries(app.strapi, () => get('/api/search?q=Saraqib&limit=1').expect(200));
    const many = await countReadQueries(app.strapi, () => get('/api/search?q=phosphorus&limit=50').expect(200));
    expect(many.result.body.data.length).toBeGreaterThan(10);
    expect(few.queries).toBeLessThanOrEqual(10);
    expect(many.queries).toBeLessThanOrEqual(few.queries);
    const all = (await get('/api/search?q=Saraqib&limit=50').expect(200)).body;
    expect(few.result.body.meta.counts).toEqual(all.meta.counts);
    expect(all.data).toHaveLength(Object.values(all.meta.counts as Record<string, number>).reduce((sum, count) => sum + count, 0));
  });

  test('q is required and bounded, types and limit are checked', async () => {
    expect((await get('/api/search').expect(400)).body.error.details.errors[0].path).toEqual(['q']);
    expect((await get(`/api/search?q=${'a'.repeat(201)}`).expect(400)).body.error.details.errors[0].path).toEqual(['q']);
    expect((await get('/api/search?q=x&types=source').expect(400)).body.error.details.errors[0].path).toEqual(['types']);
    expect((await get('/api/search?q=x&limit=500').expect(400)).body.error.details.errors[0].path).toEqual(['limit']);
  });
});
