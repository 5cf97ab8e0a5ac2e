import request from 'supertest';
import { createArticle, createIncident, createSource } from '../helpers/fixtures';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * A confidential source shows publicly only that it exists, its kind and its reliability, wherever
 * it appears: listed, fetched, or populated from an incident or an article.
 */
let app: TestApp;
let secret: { documentId: string };
let open: { documentId: string };
let incidentId: string;
let articleId: string;

const IDENTIFYING = ['Abu Khaled', 'https://t.me/private-channel', 'Idlib media office', '+963 944', 'leak.pdf'];

function expectNothingIdentifying(body: unknown) {
  const text = JSON.stringify(body);
  for (const value of IDENTIFYING) expect(text).not.toContain(value);
}

beforeAll(async () => {
  app = await startStrapi();
  // An archived copy is a media file; a row is enough to prove it is withheld.
  const file = await app.strapi.db.query('plugin::upload.file').create({
    data: { name: 'leak.pdf', hash: 'leak', ext: '.pdf', mime: 'application/pdf', size: 1, url: '/uploads/leak.pdf', provider: 'local' },
  });
  secret = await createSource(
    app.strapi,
    {
      title: 'Abu Khaled, eyewitness',
      kind: 'eyewitness',
      url: 'https://t.me/private-channel',
      publisher: 'Idlib media office',
      reliability: 'usually-reliable',
      confidential: true,
      contactNotes: '+963 944 000 000',
      archivedCopy: file.id,
    },
    { title: 'أبو خالد، شاهد عيان' }
  );
  open = await createSource(app.strapi, { title: 'Coalition statement', kind: 'media-department-statement', url: 'https://example.org/statement', contactNotes: '+963 944 111 111' }, { title: 'بيان الائتلاف' });
  incidentId = (await createIncident(app.strapi, { sources: [secret.documentId, open.documentId] }, { publish: true, arabic: { title: 'غارة' } })).documentId;
  articleId = (await createArticle(app.strapi, { sources: [secret.documentId, open.documentId] }, { publish: true, arabic: { title: 'مقال' } })).documentId;
});
afterAll(async () => app?.stop());

const get = (path: string) => request(app.server).get(path);
const shown = (list: any[]) => list.find((s) => s.documentId === secret.documentId);

test.each(['en', 'ar'])('the source list shows a confidential source as kind and reliability only (%s)', async (locale) => {
  const response = await get(`/api/sources?locale=${locale}&populate=*`);
  expect(response.status).toBe(200);
  expect(shown(response.body.data)).toEqual({
    id: expect.any(Number),
    documentId: secret.documentId,
    kind: 'eyewitness',
    reliability: 'usually-reliable',
    confidential: true,
    locale,
  });
  expectNothingIdentifying(response.body);
});

test('an open source is shown in full, but never its contact notes', async () => {
  const response = await get(`/api/sources/${open.documentId}`);
  expect(response.body.data).toMatchObject({ title: 'Coalition statement', url: 'https://example.org/statement' });
  expect(response.body.data).not.toHaveProperty('contactNotes');
  expect(JSON.stringify(response.body)).not.toContain('+963 944 111');
});

test('fetched by its id', async () => {
  const response = await get(`/api/sources/${secret.documentId}?populate=archivedCopy`);
  expect(response.status).toBe(200);
  expect(response.body.data).not.toHaveProperty('title');
  expectNothingIdentifying(response.body);
});

test.each([
  ['incident, populate=*', () => `/api/incidents/${incidentId}?populate=*`],
  ['incident, populate[sources]', () => `/api/incidents/${incidentId}?populate[sources][populate]=*`],
  ['incident list, Arabic', () => `/api/incidents?locale=ar&populate[sources][populate][archivedCopy]=true`],
  ['article, populate=*', () => `/api/articles/${articleId}?populate=*`],
  ['article list, sources with chosen fields', () => `/api/articles?populate[sources][fields][0]=title&populate[sources][fields][1]=url`],
  ['source list, chosen fields without the flag', () => `/api/sources?fields[0]=title&fields[1]=publisher`],
])('populated or selected from the %s', async (_path, path) => {
  const response = await get(path());
  expect(response.status).toBe(200);
  expect(JSON.stringify(response.body)).toContain(secret.documentId);
  expectNothingIdentifying(response.body);
});

test('selecting fields without the confidential flag withholds even open sources (when in doubt, withhold)', async () => {
  const response = await get('/api/sources?fields[0]=title');
  const titles = response.body.data.map((s: any) => s.title);
  expect(titles).not.toContain('Abu Khaled, eyewitness');
  const withFlag = await get('/api/sources?fields[0]=title&fields[1]=confidential');
  expect(withFlag.body.data.map((s: any) => s.title)).toContain('Coalition statement');
});

test('contact notes cannot be used to filter or sort', async () => {
  const response = await get('/api/sources?filters[contactNotes][$contains]=963');
  expect(response.status).toBe(400);
});

describe('filters cannot probe what a confidential source withholds', () => {
  test.each([
    ['/api/sources?filters[title][$startsWith]=Abu'],
    ['/api/sources?filters[$or][0][publisher][$contains]=Idlib media&filters[$or][1][kind]=imagery'],
    ['/api/sources?filters[url][$containsi]=t.me'],
  ])('%s finds nothing', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual([]);
  });

  test.each([
    [`/api/incidents?filters[sources][title][$contains]=Khaled`],
    [`/api/articles?filters[sources][publisher][$eq]=Idlib media office`],
  ])('%s (through a relation) finds nothing', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual([]);
  });

  test('the same filters still find public sources', async () => {
    const response = await get('/api/sources?filters[title][$startsWith]=Coalition');
    expect(response.body.data.map((s: any) => s.documentId)).toEqual([open.documentId]);
    const incidents = await get('/api/incidents?filters[sources][title][$contains]=Coalition');
    expect(incidents.body.data.map((i: any) => i.documentId)).toEqual([incidentId]);
  });

  test('filtering on what is public (kind, reliability) still finds confidential sources', async () => {
    const response = await get('/api/sources?filters[kind][$eq]=eyewitness');
    expect(response.body.data.map((s: any) => s.documentId)).toEqual([secret.documentId]);
  });

  test('the admin panel searches confidential sources in full', async () => {
    const found = await app.strapi.documents('api::source.source').findMany({ filters: { title: { $startsWith: 'Abu' } } } as any);
    expect(found.map((s: any) => s.documentId)).toEqual([secret.documentId]);
  });
});
