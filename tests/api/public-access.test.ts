import request from 'supertest';
import { createArticle, createIncident, createLocation, countRows } from '../helpers/fixtures';
import { startStrapi, type TestApp } from '../helpers/strapi';

/** The public reads published content and can do nothing else. */
let app: TestApp;

beforeAll(async () => {
  app = await startStrapi();
});
afterAll(async () => app?.stop());

const TYPES = [
  ['articles', 'api::article.article'],
  ['incidents', 'api::incident.incident'],
  ['locations', 'api::location.location'],
  ['sources', 'api::source.source'],
  ['weapons', 'api::weapon.weapon'],
  ['incident-types', 'api::incident-type.incident-type'],
  ['actors', 'api::actor.actor'],
  ['target-types', 'api::target-type.target-type'],
] as const;

describe.each(TYPES)('the public and %s', (plural, uid) => {
  test('can list them', async () => {
    const response = await request(app.server).get(`/api/${plural}`);
    expect(response.status).toBe(200);
  });

  test('cannot create, update or delete them', async () => {
    const location = await createLocation(app.strapi);
    const before = await countRows(app.strapi, uid);
    const create = await request(app.server).post(`/api/${plural}`).send({ data: { title: 'x', name: 'x', key: 'x', label: 'x' } });
    const update = await request(app.server).put(`/api/${plural}/${location.documentId}`).send({ data: { name: 'changed' } });
    const remove = await request(app.server).delete(`/api/${plural}/${location.documentId}`);
    expect([create.status, update.status, remove.status]).toEqual([403, 403, 403]);
    expect(await countRows(app.strapi, uid)).toBe(before);
  });
});

test('the public has no other permission than reading our content', async () => {
  const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  const permissions = await app.strapi.db.query('plugin::users-permissions.permission').findMany({ where: { role: role.id } });
  const actions = permissions.map((p: any) => p.action).filter((a: string) => a.startsWith('api::'));
  expect(actions.every((a: string) => /\.(find|findOne|bySlug)$/.test(a))).toBe(true);
  // find and findOne on each type, and the article page (a view of the article find).
  expect(actions).toHaveLength(TYPES.length * 2 + 1);
});

describe('drafts never appear publicly', () => {
  let neverPublished: string;
  let published: string;

  beforeAll(async () => {
    neverPublished = (await createArticle(app.strapi, { title: 'Embargoed report on Saraqib' })).documentId;
    published = (await createArticle(app.strapi, { title: 'Published report' }, { publish: true })).documentId;
    // A published article whose draft was edited afterwards: the public sees the published text.
    await app.strapi.documents('api::article.article').update({ documentId: published, locale: 'en', data: { title: 'Unpublished correction' } } as any);
    await createIncident(app.strapi, { title: 'Unverified incident' });
  });

  test('a list shows published versions only', async () => {
    const response = await request(app.server).get('/api/articles?pagination[pageSize]=100');
    const titles = response.body.data.map((a: any) => a.title);
    expect(titles).toContain('Published report');
    expect(titles).not.toContain('Embargoed report on Saraqib');
    expect(titles).not.toContain('Unpublished correction');
    const incidents = await request(app.server).get('/api/incidents');
    expect(incidents.body.data.map((i: any) => i.title)).not.toContain('Unverified incident');
  });

  test('a never-published document is not found by its id', async () => {
    expect((await request(app.server).get(`/api/articles/${neverPublished}`)).status).toBe(404);
  });

  test.each([
    ['/api/articles?status=draft'],
    ['/api/incidents?status=draft'],
    ['/api/articles?publicationState=preview'],
  ])('asking for drafts with %s is refused with a 400 naming the parameter', async (path) => {
    const response = await request(app.server).get(path);
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path[0]).toMatch(/status|publicationState/);
    expect(JSON.stringify(response.body)).not.toContain('Embargoed');
  });

  test('asking for a draft by id is refused too', async () => {
    const response = await request(app.server).get(`/api/articles/${neverPublished}?status=draft`);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).not.toContain('Embargoed');
  });

  test('status=published is accepted (it is what sites get anyway)', async () => {
    const response = await request(app.server).get('/api/articles?status=published');
    expect(response.status).toBe(200);
  });

  test('drafts do not leak when filtering on their text', async () => {
    const response = await request(app.server).get('/api/articles?filters[title][$contains]=Embargoed');
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual([]);
  });
});
