import request from 'supertest';
import { createFullAccessToken, loginAdmin } from '../../helpers/auth';
import { createArticle, createIncident } from '../../helpers/fixtures';
import { listen } from '../../helpers/server';
import { startStrapi, type TestApp } from '../../helpers/strapi';

/** Links between articles and incidents through the admin API: rules, races, clean-up, permissions. */
let app: TestApp;
let editor: string;
let translator: string;

const LINK = 'plugin::incident-linker.link';

beforeAll(async () => {
  app = await startStrapi();
  editor = await loginAdmin(app.strapi, app.server, 'strapi-editor');
  translator = await loginAdmin(app.strapi, app.server, 'translator');
});
afterAll(async () => app?.stop());

const as = (token: string) => ({
  get: (path: string) => request(app.server).get(`/incident-linker${path}`).set('Authorization', `Bearer ${token}`),
  post: (path: string, body: object) => request(app.server).post(`/incident-linker${path}`).set('Authorization', `Bearer ${token}`).send(body),
  put: (path: string, body: object) => request(app.server).put(`/incident-linker${path}`).set('Authorization', `Bearer ${token}`).send(body),
  delete: (path: string) => request(app.server).delete(`/incident-linker${path}`).set('Authorization', `Bearer ${token}`),
});
const links = () => app.strapi.db.query(LINK).findMany({});
const countLinks = () => app.strapi.db.query(LINK).count({});

async function pair() {
  const article = await createArticle(app.strapi, { title: 'Airstrikes on Saraqib' }, { arabic: { title: 'غارات على سراقب' } });
  const incident = await createIncident(app.strapi, { title: 'Airstrike on Saraqib' }, { arabic: { title: 'غارة على سراقب' } });
  return { article: article.documentId, incident: incident.documentId };
}

describe('linking', () => {
  test('an editor links an incident with a role and a note; who and when are recorded', async () => {
    const { article, incident } = await pair();
    const response = await as(editor).post('/links', { article, incident, role: 'primary-report', note: 'Main report' });
    expect(response.status).toBe(201);
    expect(response.body.data).toMatchObject({ articleDocumentId: article, incidentDocumentId: incident, role: 'primary-report', note: 'Main report' });
    const stored = await app.strapi.db.query(LINK).findOne({ where: { id: response.body.data.id }, populate: ['createdBy'] });
    expect(stored.createdBy).toMatchObject({ firstname: 'strapi-editor' });
    expect(stored.createdAt).toBeTruthy();
  });

  test('linking the same pair again returns the existing link', async () => {
    const { article, incident } = await pair();
    const first = await as(editor).post('/links', { article, incident });
    const again = await as(editor).post('/links', { article, incident, role: 'analysis' });
    expect(again.status).toBe(200);
    expect(again.body.data.id).toBe(first.body.data.id);
    expect((await links()).filter((l: any) => l.articleDocumentId === article)).toHaveLength(1);
  });

  test('twenty concurrent requests for one pair leave exactly one link and no 500', async () => {
    const { article, incident } = await pair();
    // A listening server, so that the twenty requests really are in flight together.
    const baseUrl = await listen(app);
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        request(baseUrl).post('/incident-linker/links').set('Authorization', `Bearer ${editor}`).send({ article, incident })
      )
    );
    expect(responses.map((r) => r.status).filter((s) => s >= 500)).toEqual([]);
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(new Set(responses.map((r) => r.body.data.id)).size).toBe(1);
    expect(await app.strapi.db.query(LINK).count({ where: { articleDocumentId: article, incidentDocumentId: incident } })).toBe(1);
  });

  test('the database itself holds a unique index on the pair', async () => {
    const knex = app.strapi.db.connection;
    if (process.env.DATABASE_CLIENT === 'postgres') {
      const { rows } = await knex.raw("SELECT indexdef FROM pg_indexes WHERE indexname = 'incident_links_pair_unique'");
      expect(rows[0].indexdef).toMatch(/CREATE UNIQUE INDEX .* \(article_document_id, incident_document_id\)/);
    } else {
      const indexes = await knex.raw('PRAGMA index_list(incident_links)');
      expect(indexes.find((i: any) => i.name === 'incident_links_pair_unique')).toMatchObject({ unique: 1 });
      const columns = await knex.raw('PRAGMA index_info(incident_links_pair_unique)');
      expect(columns.map((c: any) => c.name)).toEqual(['article_document_id', 'incident_document_id']);
    }
  });

  test.each([
    ['an article that does not exist', (p: any) => ({ article: 'nosuchdocument000000000', incident: p.incident }), 404],
    ['an incident that does not exist', (p: any) => ({ article: p.article, incident: 'nosuchdocument000000000' }), 404],
    ['an incident given as the article', (p: any) => ({ article: p.incident, incident: p.incident }), 404],
    ['an unknown role', (p: any) => ({ ...p, role: 'hearsay' }), 400],
    ['a missing incident', (p: any) => ({ article: p.article }), 400],
    ['an unknown field', (p: any) => ({ ...p, weight: 3 }), 400],
    ['a note of 1001 characters', (p: any) => ({ ...p, note: 'x'.repeat(1001) }), 400],
  ])('%s is refused and nothing is written', async (_case, body, status) => {
    const p = await pair();
    const before = await countLinks();
    const response = await as(editor).post('/links', body(p));
    expect(response.status).toBe(status);
    expect(response.body.error.message).toBeTruthy();
    expect(await countLinks()).toBe(before);
  });

  test('a bad role names the field', async () => {
    const response = await as(editor).post('/links', { ...(await pair()), role: 'hearsay' });
    expect(response.body.error.details.errors[0].path).toEqual(['role']);
  });
});

describe('changing and removing links', () => {
  test('the role and note change; an unknown link is a 404', async () => {
    const created = await as(editor).post('/links', await pair());
    const changed = await as(editor).put(`/links/${created.body.data.id}`, { role: 'follow-up', note: 'Later report' });
    expect(changed.status).toBe(200);
    expect(await app.strapi.db.query(LINK).findOne({ where: { id: created.body.data.id } })).toMatchObject({ role: 'follow-up', note: 'Later report' });
    expect((await as(editor).put('/links/999999', { role: 'analysis' })).status).toBe(404);
    expect((await as(editor).put(`/links/${created.body.data.id}`, { role: 'nonsense' })).status).toBe(400);
  });

  test('unlinking removes the link', async () => {
    const created = await as(editor).post('/links', await pair());
    expect((await as(editor).delete(`/links/${created.body.data.id}`)).status).toBe(200);
    expect(await app.strapi.db.query(LINK).findOne({ where: { id: created.body.data.id } })).toBeNull();
    expect((await as(editor).delete(`/links/${created.body.data.id}`)).status).toBe(404);
  });
});

describe('links do not depend on locale or version', () => {
  test('a link made on the English article shows on the Arabic one, with Arabic titles', async () => {
    const { article, incident } = await pair();
    await as(editor).post('/links', { article, incident, role: 'mentions' });
    const arabic = await as(editor).get(`/articles/${article}/links?locale=ar`);
    expect(arabic.status).toBe(200);
    expect(arabic.body.data).toEqual([expect.objectContaining({ role: 'mentions', incident: expect.objectContaining({ title: 'غارة على سراقب', fallback: false }) })]);
    const covering = await as(editor).get(`/incidents/${incident}/links?locale=ar`);
    expect(covering.body.data).toEqual([expect.objectContaining({ article: expect.objectContaining({ title: 'غارات على سراقب' }) })]);
  });

  test('an incident not yet translated is listed in the language it has, marked as a fallback', async () => {
    const article = await createArticle(app.strapi, {}, { arabic: { title: 'مقال' } });
    const incident = await createIncident(app.strapi, { title: 'English only incident' });
    await as(editor).post('/links', { article: article.documentId, incident: incident.documentId });
    const arabic = await as(editor).get(`/articles/${article.documentId}/links?locale=ar`);
    expect(arabic.body.data[0].incident).toMatchObject({ title: 'English only incident', locale: 'en', fallback: true });
  });

  test('publishing either document keeps its links', async () => {
    const { article, incident } = await pair();
    await as(editor).post('/links', { article, incident });
    await app.strapi.documents('api::article.article').publish({ documentId: article, locale: '*' } as any);
    await app.strapi.documents('api::incident.incident').publish({ documentId: incident, locale: '*' } as any);
    expect(await app.strapi.db.query(LINK).count({ where: { articleDocumentId: article } })).toBe(1);
  });
});

describe('deleting documents', () => {
  test('deleting one locale keeps the links; deleting the document removes them', async () => {
    const { article, incident } = await pair();
    await as(editor).post('/links', { article, incident });
    await app.strapi.documents('api::article.article').delete({ documentId: article, locale: 'ar' } as any);
    expect(await app.strapi.db.query(LINK).count({ where: { articleDocumentId: article } })).toBe(1);
    await app.strapi.documents('api::article.article').delete({ documentId: article, locale: 'en' } as any);
    expect(await app.strapi.db.query(LINK).count({ where: { articleDocumentId: article } })).toBe(0);
  });

  test('deleting an incident through the admin panel removes its links', async () => {
    const { article, incident } = await pair();
    await as(editor).post('/links', { article, incident });
    const remove = (locale: string) =>
      request(app.server).delete(`/content-manager/collection-types/api::incident.incident/${incident}?locale=${locale}`).set('Authorization', `Bearer ${editor}`);
    expect((await remove('en')).status).toBe(200);
    expect(await app.strapi.db.query(LINK).count({ where: { incidentDocumentId: incident } })).toBe(1);
    expect((await remove('ar')).status).toBe(200);
    expect(await app.strapi.db.query(LINK).count({ where: { incidentDocumentId: incident } })).toBe(0);
  });

  test('deleting an article through the content API removes its links', async () => {
    const token = await createFullAccessToken(app.strapi);
    const { article, incident } = await pair();
    await as(editor).post('/links', { article, incident });
    for (const locale of ['ar', 'en']) {
      const response = await request(app.server).delete(`/api/articles/${article}?locale=${locale}`).set('Authorization', `Bearer ${token}`);
      expect(response.status).toBe(204);
    }
    expect(await app.strapi.db.query(LINK).count({ where: { articleDocumentId: article } })).toBe(0);
  });
});

describe('permissions, enforced on the server', () => {
  test('a translator sees links but cannot change them', async () => {
    const { article, incident } = await pair();
    const created = await as(editor).post('/links', { article, incident });
    expect((await as(translator).get(`/articles/${article}/links?locale=ar`)).status).toBe(200);
    expect((await as(translator).get(`/articles/${article}/suggestions?locale=ar`)).status).toBe(200);
    expect((await as(translator).post('/links', await pair())).status).toBe(403);
    expect((await as(translator).put(`/links/${created.body.data.id}`, { role: 'analysis' })).status).toBe(403);
    expect((await as(translator).delete(`/links/${created.body.data.id}`)).status).toBe(403);
    expect(await app.strapi.db.query(LINK).findOne({ where: { id: created.body.data.id } })).toMatchObject({ role: 'mentions' });
  });

  test('without an admin session nothing is served', async () => {
    const { article } = await pair();
    expect((await request(app.server).get(`/incident-linker/articles/${article}/links?locale=en`)).status).toBe(401);
    expect((await request(app.server).post('/incident-linker/links').send(await pair())).status).toBe(401);
  });

  test('a bad locale is a 400 naming it', async () => {
    const { article } = await pair();
    const response = await as(editor).get(`/articles/${article}/links?locale=../../etc`);
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['locale']);
  });
});
