import request from 'supertest';
import { PUBLIC_MODELS, PUBLIC_ROUTES } from '../../src/public-api/contract';
import { schemaName } from '../../src/public-api/openapi';
import { createArticle, createIncident, createSource } from '../helpers/fixtures';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * The findings of the public API probe (issue 9), each as it was tried: what the public contract
 * does not declare is refused with a 400 naming the parameter, and what it withholds cannot be
 * learnt through filters, sorts or populate.
 */
let app: TestApp;
let articleId: string;
let incidentId: string;
const CONFIDENTIAL_TITLE = 'Activists in rural Maarat';

beforeAll(async () => {
  app = await startStrapi();
  const secret = await createSource(app.strapi, {
    title: CONFIDENTIAL_TITLE,
    url: 'https://t.me/secret-network',
    publisher: 'Maarat field office',
    kind: 'activist-network',
    confidential: true,
    contactNotes: 'reached through the field coordinator',
  });
  const open = await createSource(app.strapi, { title: 'Coalition statement', kind: 'media-department-statement' });
  const article = await createArticle(app.strapi, { sources: [secret.documentId, open.documentId] }, { publish: true });
  articleId = article.documentId;
  incidentId = (await createIncident(app.strapi, { sources: [secret.documentId], casualties: { killedMin: 2, killedMax: 2 } }, { publish: true })).documentId;
  // An unpublished edit: the draft's title and figures must not be learnt through any filter.
  await app.strapi.documents('api::article.article').update({ documentId: articleId, locale: 'en', data: { title: 'Unpublished headline' } as any });
  await app.strapi.documents('api::incident.incident').update({ documentId: incidentId, locale: 'en', data: { casualties: { killedMin: 40, killedMax: 50 } } as any });
});
afterAll(async () => app?.stop());

const get = (path: string) => request(app.server).get(path);
const errorPaths = (response: request.Response) => (response.body.error?.details?.errors ?? []).map((error: any) => error.path.join('.'));

test('1. _q is refused: it searched withheld titles and private contact notes', async () => {
  const response = await get('/api/sources?_q=field%20coordinator&fields[0]=kind');
  expect(response.status).toBe(400);
  expect(errorPaths(response)).toEqual(['_q']);
  expect(response.body.error.message).toContain('/api/search');
});

test('2. a filter inside populate is narrowed to public sources: a right guess and a wrong one answer alike', async () => {
  const guess = (prefix: string) =>
    get(`/api/articles?filters[documentId][$eq]=${articleId}&fields[0]=title&populate[sources][filters][title][$startsWith]=${encodeURIComponent(prefix)}`);
  const right = await guess(CONFIDENTIAL_TITLE.slice(0, 15));
  const wrong = await guess('Zzz');
  expect(right.status).toBe(200);
  expect(right.text).toBe(wrong.text);
  for (const field of ['url', 'publisher']) {
    const viaIncidents = await get(`/api/incidents?filters[documentId][$eq]=${incidentId}&fields[0]=title&populate[sources][filters][${field}][$contains]=Maarat`);
    const viaIncidentsWrong = await get(`/api/incidents?filters[documentId][$eq]=${incidentId}&fields[0]=title&populate[sources][filters][${field}][$contains]=Qqq`);
    expect(viaIncidents.text).toBe(viaIncidentsWrong.text);
  }
});

test('3. filters match published values only, never an unpublished edit', async () => {
  const draftTitle = await get('/api/articles?filters[title][$startsWith]=Unpublished');
  expect(draftTitle.body.data).toEqual([]);
  const draftFigure = await get('/api/incidents?filters[casualties][killedMin][$gte]=40');
  expect(draftFigure.body.data).toEqual([]);
});

test.each([
  ['3. localizations are not public', '/api/articles?locale=en&fields[0]=title&filters[localizations][title][$startsWith]=Unpublished', 'filters.localizations'],
  ['3. localizations are not public', '/api/articles?filters[localizations][publishedAt][$null]=true', 'filters.localizations'],
  ['3. localizations are not public', '/api/articles?populate[localizations]=true', 'populate.localizations'],
  ['4. sorting by a withheld field is refused', '/api/sources?sort=title', 'sort'],
  ['4. sorting by a withheld field is refused', '/api/sources?sort=url:desc', 'sort'],
  ['4. sorting by a withheld field is refused', '/api/sources?sort[0]=publisher', 'sort'],
  ['4. sorting by a withheld field is refused', '/api/articles?populate[sources][sort]=title', 'populate.sources.sort'],
  ['4. sorting by a withheld field is refused', '/api/articles?sort=sources.title', 'sort'],
  ['4. sorting by a withheld field is refused', '/api/incidents?sort=sources.title', 'sort'],
])('%s: %s', async (_finding, path, parameter) => {
  const response = await get(path);
  expect(response.status).toBe(400);
  expect(errorPaths(response)).toEqual([parameter]);
});

test('5. the OpenAPI document names nothing private and describes exactly the public routes and fields', async () => {
  const response = await get('/api/openapi.json').expect(200);
  const text = JSON.stringify(response.body);
  for (const name of ['contactNotes', 'searchText', 'localizations', 'createdBy', 'provider_metadata', '"_q"', 'publicationState']) expect(text).not.toContain(name);
  expect(Object.keys(response.body.paths).sort()).toEqual(PUBLIC_ROUTES.map((route) => route.path.replace(/:(\w+)/g, '{$1}')).sort());
  for (const [uid, contract] of Object.entries(PUBLIC_MODELS)) {
    const properties = Object.keys(response.body.components.schemas[schemaName(uid)].properties);
    expect(properties.sort()).toEqual(Object.keys(contract.fields).sort());
  }
  const incidentParameters = response.body.paths['/incidents'].get.parameters.map((parameter: any) => parameter.name);
  expect(incidentParameters).toEqual(expect.arrayContaining(['filters', 'populate', 'sort', 'from', 'minKilled', 'withLinks']));
});

test.each([
  ['filters[$or]=x', 'filters.$or'],
  ['filters[$or][0]=x', 'filters.$or.0'],
  ['filters[id][$between]=1', 'filters.id.$between'],
  ['filters[title][$eq][$ne]=x', 'filters.title.$eq'],
  ['filters[id][$eq]=abc', 'filters.id.$eq'],
  ['filters[id][$in][0]=abc', 'filters.id.$in.0'],
  ['filters[id][$eq]=1e999', 'filters.id.$eq'],
  ['filters[title][$eq]=a%00b', 'filters.title.$eq'],
  ['locale=a%00', 'locale'],
  ['filters[title][$startsWith]=%FF', 'filters'],
  ['filters[title][$eq]=100%', 'filters'],
  ['filters[casualties][killedMin][$gte]=many', 'filters.casualties.killedMin.$gte'],
])('6. malformed input is a 400 naming it, never a 5xx: %s', async (query, parameter) => {
  const path = query.startsWith('filters[casualties]') ? '/api/incidents' : '/api/articles';
  const response = await get(`${path}?${query}`);
  expect(response.status).toBe(400);
  expect(errorPaths(response)).toEqual([parameter]);
});

test('6. a NUL in a path segment and site filters beside malformed filters are 400s', async () => {
  expect((await get('/api/articles/a%00b')).status).toBe(400);
  const mixed = await get('/api/incidents?location=SY07&filters=abc');
  expect(mixed.status).toBe(400);
  expect(errorPaths(mixed)).toEqual(['filters']);
});

test.each(['/api/upload/files', '/api/users', '/api/i18n/locales', '/api/users-permissions/roles', '/api/connect/github'])(
  'a route the contract does not list is not public: %s',
  async (path) => {
    expect((await get(path)).status).toBe(404);
  }
);

test('an unpublished edit, a change to what a confidential source withholds, or to contact notes, changes no public answer', async () => {
  const reads = [
    `/api/articles/${articleId}?populate=*`,
    `/api/articles?populate[sources]=true&sort=updatedAt:desc`,
    `/api/incidents/${incidentId}?populate=*`,
    `/api/incidents?populate[casualties]=true&populate[sources]=true&sort=updatedAt:desc`,
    '/api/sources?sort=kind:asc',
  ];
  const answers = async () => {
    const texts: string[] = [];
    for (const path of reads) texts.push((await get(path).expect(200)).text);
    return texts;
  };
  const before = await answers();
  await app.strapi.documents('api::article.article').update({ documentId: articleId, locale: 'en', data: { title: 'Another unpublished headline', section: 'analysis' } as any });
  await app.strapi.documents('api::incident.incident').update({ documentId: incidentId, locale: 'en', data: { title: 'Renamed draft', casualties: { killedMin: 60, killedMax: 70 } } as any });
  const [secret] = await app.strapi.documents('api::source.source').findMany({ filters: { confidential: true }, locale: 'en' } as any);
  await app.strapi.documents('api::source.source').update({ documentId: secret.documentId, locale: 'en', data: { title: 'Another name', contactNotes: 'new number', url: 'https://t.me/other' } as any });
  // Contact notes are private on open sources too: changing them must not show, even as a newer timestamp.
  const [open] = await app.strapi.documents('api::source.source').findMany({ filters: { confidential: false }, locale: 'en' } as any);
  await app.strapi.documents('api::source.source').update({ documentId: open.documentId, locale: 'en', data: { contactNotes: 'called back on Tuesday' } as any });
  const after = await answers();
  expect(after).toEqual(before);
});
