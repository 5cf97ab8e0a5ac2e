import request from 'supertest';
import { createArticle, createIncident, createLocation } from '../../helpers/fixtures';
import { countReadQueries } from '../../helpers/query-counter';
import { startStrapi, type TestApp } from '../../helpers/strapi';

/** What sites read: published links only, in their language or marked as a fallback, in a bounded number of queries. */
let app: TestApp;
const LINK = 'plugin::incident-linker.link';

beforeAll(async () => {
  app = await startStrapi();
});
afterAll(async () => app?.stop());

const link = (article: string, incident: string, role = 'mentions') =>
  app.strapi.db.query(LINK).create({ data: { articleDocumentId: article, incidentDocumentId: incident, role } });
const get = (path: string) => request(app.server).get(path);

let article: string;
let translated: string;
let englishOnly: string;
let draftOnly: string;
let unpublishedArticle: string;

beforeAll(async () => {
  const place = await createLocation(app.strapi, { name: 'Saraqib' }, { name: 'سراقب' });
  article = (await createArticle(app.strapi, { title: 'Airstrikes on Saraqib' }, { publish: true, arabic: { title: 'غارات على سراقب' } })).documentId;
  translated = (await createIncident(app.strapi, { title: 'Airstrike on Saraqib', location: place.documentId }, { publish: true, arabic: { title: 'غارة على سراقب' } })).documentId;
  englishOnly = (await createIncident(app.strapi, { title: 'Shelling of Saraqib' }, { publish: true })).documentId;
  draftOnly = (await createIncident(app.strapi, { title: 'Unverified report' })).documentId;
  unpublishedArticle = (await createArticle(app.strapi, { title: 'Embargoed analysis' })).documentId;
  await link(article, translated, 'primary-report');
  await link(article, englishOnly, 'follow-up');
  await link(article, draftOnly);
  await link(unpublishedArticle, translated, 'analysis');
});

test('the incidents of an article in Arabic: translated ones in Arabic, others marked as fallbacks, drafts left out', async () => {
  const response = await get(`/api/incident-linker/articles/${article}/incidents?locale=ar`);
  expect(response.status).toBe(200);
  expect(response.body.data).toHaveLength(2);
  const byId = Object.fromEntries(response.body.data.map((i: any) => [i.documentId, i]));
  expect(byId[translated]).toMatchObject({ title: 'غارة على سراقب', locale: 'ar', fallback: false, role: 'primary-report', location: { name: 'سراقب' } });
  expect(byId[englishOnly]).toMatchObject({ title: 'Shelling of Saraqib', locale: 'en', fallback: true, role: 'follow-up' });
  expect(JSON.stringify(response.body)).not.toContain('Unverified report');
});

test('the articles of an incident: published ones only', async () => {
  const response = await get(`/api/incident-linker/incidents/${translated}/articles?locale=en`);
  expect(response.body.data.map((a: any) => a.title)).toEqual(['Airstrikes on Saraqib']);
  expect(JSON.stringify(response.body)).not.toContain('Embargoed');
});

test('an unpublished article or incident has no public links', async () => {
  expect((await get(`/api/incident-linker/articles/${unpublishedArticle}/incidents?locale=en`)).status).toBe(404);
  expect((await get(`/api/incident-linker/incidents/${draftOnly}/articles?locale=en`)).status).toBe(404);
});

test('an unknown locale is a 400 naming the parameter', async () => {
  const response = await get(`/api/incident-linker/articles/${article}/incidents?locale=fr`);
  expect(response.status).toBe(400);
  expect(response.body.error.details.errors[0].path).toEqual(['locale']);
});

test('?withLinks=true on the standard endpoints adds the links in one request', async () => {
  const one = await get(`/api/articles/${article}?locale=ar&withLinks=true`);
  expect(one.status).toBe(200);
  expect(one.body.data.linkedIncidents.map((i: any) => i.title).sort()).toEqual(['Shelling of Saraqib', 'غارة على سراقب']);
  const list = await get('/api/incidents?locale=en&withLinks=true');
  const incident = list.body.data.find((i: any) => i.documentId === translated);
  expect(incident.linkedArticles.map((a: any) => a.title)).toEqual(['Airstrikes on Saraqib']);
  const without = await get(`/api/articles/${article}?locale=ar`);
  expect(without.body.data).not.toHaveProperty('linkedIncidents');
  expect((await get(`/api/articles?withLinks=maybe`)).status).toBe(400);
});

test('the links read in one statement are what the Query Engine reads: links by role, each document in the locale or a fallback, with its place', async () => {
  const linker = app.strapi.plugin('incident-linker');
  const config = app.strapi.config.get('plugin::incident-linker') as any;
  // The Query Engine's reading, as the service made it in three queries: links, linked versions, their places.
  const reference = async (side: 'article' | 'incident', ids: string[], locale: string) => {
    const [own, other, uid, fields] =
      side === 'article'
        ? ['articleDocumentId', 'incidentDocumentId', config.incidentType, { select: config.publicFields.incident, populate: { location: { select: ['documentId', ...config.publicFields.place] } } }]
        : ['incidentDocumentId', 'articleDocumentId', config.articleType, { select: config.publicFields.article }];
    const links = await app.strapi.db.query(LINK).findMany({ where: { [own]: { $in: ids } }, select: [own, other, 'role'], orderBy: [{ role: 'asc' }, { id: 'asc' }] });
    const rows = await linker.service('documents').inLocale(uid, links.map((l: any) => l[other]), locale, { published: true, ...fields });
    const result = new Map<string, any[]>(ids.map((id) => [id, []]));
    for (const l of links as any[]) {
      const row = rows.get(l[other]);
      if (!row) continue;
      const { id, ...visible } = row;
      result.get(l[own])!.push({ ...visible, role: l.role });
    }
    return result;
  };
  const articles = [article, unpublishedArticle, 'no-such-document'];
  const incidents = [translated, englishOnly, draftOnly];
  for (const locale of ['en', 'ar']) {
    const read = await linker.service('publishedLinks').linkedTo('article', articles, locale);
    expect(JSON.stringify([...read])).toBe(JSON.stringify([...(await reference('article', articles, locale))]));
    const back = await linker.service('publishedLinks').linkedTo('incident', incidents, locale);
    expect(JSON.stringify([...back])).toBe(JSON.stringify([...(await reference('incident', incidents, locale))]));
  }
  const { queries } = await countReadQueries(app.strapi, () => linker.service('publishedLinks').linkedTo('article', articles, 'ar'));
  expect(queries).toBe(1);
});

describe('a bounded number of queries, whatever the page size or number of links', () => {
  let many: string[];

  beforeAll(async () => {
    many = [];
    for (let i = 0; i < 30; i += 1) {
      const a = await createArticle(app.strapi, { title: `Report ${i}` }, { publish: true });
      many.push(a.documentId);
      for (let k = 0; k < i % 5; k += 1) {
        const incident = await createIncident(app.strapi, { title: `Incident ${i}-${k}` }, { publish: true });
        await link(a.documentId, incident.documentId);
      }
    }
  });

  test('article lists with their incidents', async () => {
    const counts = [];
    for (const pageSize of [1, 10, 30]) {
      const { result, queries } = await countReadQueries(app.strapi, () => get(`/api/articles?withLinks=true&pagination[pageSize]=${pageSize}&locale=en`));
      expect(result.status).toBe(200);
      expect(result.body.data).toHaveLength(pageSize);
      counts.push(queries);
    }
    expect(new Set(counts).size).toBe(1);
  });

  test('the links of one article, with 1 or 4 links', async () => {
    const few = await countReadQueries(app.strapi, () => get(`/api/incident-linker/articles/${many[1]}/incidents?locale=en`));
    const lots = await countReadQueries(app.strapi, () => get(`/api/incident-linker/articles/${many[4]}/incidents?locale=en`));
    expect(few.result.body.data).toHaveLength(1);
    expect(lots.result.body.data).toHaveLength(4);
    expect(lots.queries).toBe(few.queries);
    expect(lots.queries).toBeLessThanOrEqual(8);
  });
});
