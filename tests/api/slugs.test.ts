import request from 'supertest';
import { createFullAccessToken } from '../helpers/auth';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let token: string;

beforeAll(async () => {
  app = await startStrapi();
  token = await createFullAccessToken(app.strapi);
});
afterAll(async () => app?.stop());

const ARTICLE = 'api::article.article';
const dateline = '2017-04-10T15:15:00.000Z';
const write = (method: 'post' | 'put', path: string, data: unknown) =>
  request(app.server)[method](path).set('Authorization', `Bearer ${token}`).send({ data });
const slugOf = async (documentId: string, locale: string, status: 'draft' | 'published' = 'draft') =>
  (await app.strapi.documents(ARTICLE).findOne({ documentId, locale, status } as any))?.slug;

test('an English title gives an English slug', async () => {
  const response = await write('post', '/api/articles?locale=en', { title: 'Russian Jets Hit Syrians with Cluster Bombs', dateline });
  expect(response.status).toBe(201);
  expect(await slugOf(response.body.data.documentId, 'en')).toBe('russian-jets-hit-syrians-with-cluster-bombs');
});

test('an Arabic title is transliterated', async () => {
  const response = await write('post', '/api/articles?locale=ar', { title: 'الهجوم الكيميائي على خان شيخون', dateline });
  expect(response.status).toBe(201);
  expect(await slugOf(response.body.data.documentId, 'ar')).toBe('alhjwm-alkymyaey-ala-khan-shykhwn');
});

test('a clash within a locale gets a numeric suffix; another locale may use the same slug', async () => {
  const first = await write('post', '/api/articles?locale=en', { title: 'Shelling of Idlib', dateline });
  const second = await write('post', '/api/articles?locale=en', { title: 'Shelling of Idlib', dateline });
  const third = await write('post', '/api/articles?locale=en', { title: 'Shelling  of  Idlib!', dateline });
  expect(await slugOf(first.body.data.documentId, 'en')).toBe('shelling-of-idlib');
  expect(await slugOf(second.body.data.documentId, 'en')).toBe('shelling-of-idlib-2');
  expect(await slugOf(third.body.data.documentId, 'en')).toBe('shelling-of-idlib-3');

  const arabic = await write('put', `/api/articles/${first.body.data.documentId}?locale=ar`, { title: 'Shelling of Idlib' });
  expect(arabic.status).toBe(200);
  expect(await slugOf(first.body.data.documentId, 'ar')).toBe('shelling-of-idlib');
});

test('an explicit slug is kept, and one already used in the locale is a 400', async () => {
  const chosen = await write('post', '/api/articles?locale=en', { title: 'Anything', slug: 'chosen-by-the-editor', dateline });
  expect(await slugOf(chosen.body.data.documentId, 'en')).toBe('chosen-by-the-editor');
  const clash = await write('post', '/api/articles?locale=en', { title: 'Else', slug: 'chosen-by-the-editor', dateline });
  expect(clash.status).toBe(400);
  expect(clash.body.error.details.errors[0].path).toEqual(['slug']);
});

test('a draft follows its title; once published the slug stays', async () => {
  // The REST API publishes what it writes unless asked for a draft.
  const created = await write('post', '/api/articles?locale=en&status=draft', { title: 'Airstrikes on Sarmin', dateline });
  const { documentId } = created.body.data;
  await write('put', `/api/articles/${documentId}?locale=en&status=draft`, { title: 'Airstrikes on Sarmin and Saraqib' });
  expect(await slugOf(documentId, 'en')).toBe('airstrikes-on-sarmin-and-saraqib');

  await app.strapi.documents(ARTICLE).publish({ documentId, locale: 'en' } as any);
  await write('put', `/api/articles/${documentId}?locale=en&status=published`, { title: 'Renamed after publication' });
  expect(await slugOf(documentId, 'en')).toBe('airstrikes-on-sarmin-and-saraqib');
  expect(await slugOf(documentId, 'en', 'published')).toBe('airstrikes-on-sarmin-and-saraqib');

  // Even an emptied slug is not regenerated from the new title once published.
  await write('put', `/api/articles/${documentId}?locale=en&status=draft`, { slug: '' });
  expect(await slugOf(documentId, 'en')).toBe('airstrikes-on-sarmin-and-saraqib');

  // An editor may still change it on purpose.
  await write('put', `/api/articles/${documentId}?locale=en&status=draft`, { slug: 'sarmin-saraqib' });
  expect(await slugOf(documentId, 'en')).toBe('sarmin-saraqib');
});

test('a slug an editor chose on a draft does not follow the title', async () => {
  const created = await write('post', '/api/articles?locale=en&status=draft', { title: 'Working title', slug: 'final-url', dateline });
  await write('put', `/api/articles/${created.body.data.documentId}?locale=en&status=draft`, { title: 'Another working title' });
  expect(await slugOf(created.body.data.documentId, 'en')).toBe('final-url');
});
