import SwaggerParser from '@apidevtools/swagger-parser';
import { strapi as strapiClient } from '@strapi/client';
import request from 'supertest';
import { loadDemoData } from '../../../src/bootstrap/demo-data';
import { createFullAccessToken } from '../../helpers/auth';
import { listen } from '../../helpers/server';
import { startStrapi, type TestApp } from '../../helpers/strapi';

/** HTTP behaviour sites rely on: caching, CORS, rate limiting, the official client, the OpenAPI document. */
let app: TestApp;

beforeAll(async () => {
  app = await startStrapi({ env: { CORS_ORIGINS: 'https://site.example,https://partner.example', RATE_LIMIT_MAX: '40' } });
  await loadDemoData(app.strapi);
});
afterAll(async () => app?.stop());

const get = (path: string) => request(app.server).get(path);

test('public reads carry an ETag and Cache-Control; a matching If-None-Match gets a 304 without a body', async () => {
  for (const path of ['/api/articles?locale=ar', '/api/incidents.geojson', '/api/incident-figures?groupBy=month', '/api/articles.rss', '/api/search?q=Saraqib']) {
    const first = await get(path).expect(200);
    expect(first.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
    expect(first.headers.etag).toMatch(/^"[\w-]{27}"$/);
    const again = await get(path).set('If-None-Match', first.headers.etag);
    expect([path, again.status]).toEqual([path, 304]);
    expect(again.text).toBe('');
    await get(path).set('If-None-Match', '"something-else"').expect(200);
  }
});

test('the ETag changes when the content does', async () => {
  const before = (await get('/api/incidents?fields[0]=title').expect(200)).headers.etag;
  const incident = await app.strapi.db.query('api::incident.incident').findOne({ where: { locale: 'en', publishedAt: { $notNull: true } } });
  await app.strapi.documents('api::incident.incident').update({ documentId: incident.documentId, locale: 'en', data: { title: 'Retitled' } as any });
  await app.strapi.documents('api::incident.incident').publish({ documentId: incident.documentId, locale: 'en' } as any);
  const response = await get('/api/incidents?fields[0]=title').set('If-None-Match', before).expect(200);
  expect(response.headers.etag).not.toBe(before);
});

test('errors are not cached, and responses to a token are private', async () => {
  const error = await get('/api/incidents?locale=fr').expect(400);
  expect(error.headers.etag).toBeUndefined();
  const token = await createFullAccessToken(app.strapi);
  const response = await get('/api/articles').set('Authorization', `Bearer ${token}`).expect(200);
  expect(response.headers['cache-control']).toBe('private, no-cache');
});

test('CORS allows the configured origins only', async () => {
  const allowed = await get('/api/articles').set('Origin', 'https://partner.example').expect(200);
  expect(allowed.headers['access-control-allow-origin']).toBe('https://partner.example');
  expect(allowed.headers['access-control-allow-credentials']).toBeUndefined();
  const other = await get('/api/articles').set('Origin', 'https://elsewhere.example');
  expect(other.headers['access-control-allow-origin']).toBeUndefined();
});

test('the official JavaScript client reads articles in Arabic', async () => {
  const baseURL = `${await listen(app)}/api`;
  const client = strapiClient({ baseURL });
  const articles = await client.collection('articles').find({ locale: 'ar', fields: ['title', 'slug'] });
  expect((articles.data as any[]).map((article) => article.title)).toEqual(['طائرات روسية تقصف السوريين بالقنابل العنقودية والفوسفور الأبيض في هجمات انتقامية']);
  const incidents = await client.collection('incidents').find({ locale: 'ar', filters: { title: { $contains: 'خان شيخون' } } });
  expect(incidents.data.length).toBe(2);
});

test('the OpenAPI document describes our endpoints and validates', async () => {
  const document = (await get('/api/openapi.json').expect(200)).body;
  for (const path of ['/incidents.geojson', '/incident-figures', '/articles/by-slug/{slug}', '/articles.rss', '/articles.atom', '/search', '/incident-linker/articles/{documentId}/incidents']) {
    expect(document.paths[path]?.get).toBeDefined();
  }
  expect(document.paths['/incidents'].get.parameters.map((parameter: any) => parameter.name)).toEqual(expect.arrayContaining(['from', 'location', 'minKilled']));
  await expect(SwaggerParser.validate(structuredClone(document))).resolves.toBeDefined();
});

// Last: it uses up this client's allowance.
test('a client over its allowance gets a 429 with Retry-After, and the admin panel is not limited', async () => {
  let response = await get('/api/weapons');
  for (let i = 0; i < 60 && response.status !== 429; i += 1) response = await get('/api/weapons');
  expect(response.status).toBe(429);
  expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  expect(Number(response.headers['retry-after'])).toBeLessThanOrEqual(60);
  expect(response.body.error.name).toBe('RateLimitError');
  expect(response.headers['x-ratelimit-limit']).toBe('40');
  await get('/_health').expect(204);
});
