import request from 'supertest';
import { loginAdmin } from '../helpers/auth';
import { createArticle, createIncident } from '../helpers/fixtures';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * Translators change Arabic text and nothing else; Editors do everything. Checked on the admin API
 * the panel uses, not in the interface.
 */
let app: TestApp;
let translator: string;
let editor: string;

const ARTICLE = 'api::article.article';
const INCIDENT = 'api::incident.incident';

beforeAll(async () => {
  app = await startStrapi();
  translator = await loginAdmin(app.strapi, app.server, 'translator');
  editor = await loginAdmin(app.strapi, app.server, 'strapi-editor');
});
afterAll(async () => app?.stop());

const cm = (token: string) => {
  const base = '/content-manager/collection-types';
  const auth = (r: request.Test) => r.set('Authorization', `Bearer ${token}`);
  return {
    get: (uid: string, id: string, locale: string) => auth(request(app.server).get(`${base}/${uid}/${id}?locale=${locale}`)),
    update: (uid: string, id: string, locale: string, data: object) => auth(request(app.server).put(`${base}/${uid}/${id}?locale=${locale}`)).send(data),
    publish: (uid: string, id: string, locale: string) => auth(request(app.server).post(`${base}/${uid}/${id}/actions/publish?locale=${locale}`)).send({}),
    remove: (uid: string, id: string, locale: string) => auth(request(app.server).delete(`${base}/${uid}/${id}?locale=${locale}`)),
  };
};

const stored = (uid: string, documentId: string, locale: string) =>
  app.strapi.documents(uid as any).findOne({ documentId, locale, status: 'draft' } as any) as Promise<any>;

describe('a Translator', () => {
  test('reads both languages', async () => {
    const article = await createArticle(app.strapi, {}, { arabic: { title: 'مقال' } });
    expect((await cm(translator).get(ARTICLE, article.documentId, 'en')).status).toBe(200);
    expect((await cm(translator).get(ARTICLE, article.documentId, 'ar')).status).toBe(200);
  });

  test('updates the Arabic text of an article and of an incident', async () => {
    const article = await createArticle(app.strapi, {}, { arabic: { title: 'عنوان قديم' } });
    const response = await cm(translator).update(ARTICLE, article.documentId, 'ar', { title: 'عنوان جديد', summary: 'ملخص' });
    expect(response.status).toBe(200);
    expect(await stored(ARTICLE, article.documentId, 'ar')).toMatchObject({ title: 'عنوان جديد', summary: 'ملخص' });

    const incident = await createIncident(app.strapi, {}, { arabic: { title: 'غارة' } });
    expect((await cm(translator).update(INCIDENT, incident.documentId, 'ar', { description: 'وصف' })).status).toBe(200);
    expect((await stored(INCIDENT, incident.documentId, 'ar')).description).toBe('وصف');
  });

  test('creates the Arabic localization of an English-only document', async () => {
    const article = await createArticle(app.strapi, { title: 'English only' });
    const response = await cm(translator).update(ARTICLE, article.documentId, 'ar', { title: 'بالعربية' });
    expect(response.status).toBe(200);
    expect((await stored(ARTICLE, article.documentId, 'ar')).title).toBe('بالعربية');
  });

  test('cannot touch English', async () => {
    const article = await createArticle(app.strapi, { title: 'Original English' }, { arabic: { title: 'عربي' } });
    const response = await cm(translator).update(ARTICLE, article.documentId, 'en', { title: 'Changed by a translator' });
    expect(response.status).toBe(403);
    expect((await stored(ARTICLE, article.documentId, 'en')).title).toBe('Original English');
  });

  test('cannot change shared fields, which would change every language', async () => {
    const incident = await createIncident(app.strapi, { date: '2017-04-09', verificationStatus: 'reported' }, { arabic: { title: 'غارة' } });
    // Refused outright (Strapi alone would drop the fields and answer 200), and nothing is saved.
    const response = await cm(translator).update(INCIDENT, incident.documentId, 'ar', { title: 'غارة جوية', date: '2017-04-01', verificationStatus: 'verified' });
    expect(response.status).toBe(403);
    expect((await stored(INCIDENT, incident.documentId, 'ar')).title).toBe('غارة');
    // Sending the shared fields unchanged, as the edit form does, is fine.
    const form = await cm(translator).update(INCIDENT, incident.documentId, 'ar', { title: 'غارة جوية', date: '2017-04-09', verificationStatus: 'reported' });
    expect(form.status).toBe(200);
    expect((await stored(INCIDENT, incident.documentId, 'ar')).title).toBe('غارة جوية');
    for (const locale of ['en', 'ar']) {
      expect(await stored(INCIDENT, incident.documentId, locale)).toMatchObject({ date: '2017-04-09', verificationStatus: 'reported' });
    }
  });

  test('cannot publish', async () => {
    const article = await createArticle(app.strapi, {}, { arabic: { title: 'مسودة' } });
    const response = await cm(translator).publish(ARTICLE, article.documentId, 'ar');
    expect(response.status).toBe(403);
    const published = await app.strapi.db.query(ARTICLE).count({ where: { documentId: article.documentId, publishedAt: { $notNull: true } } });
    expect(published).toBe(0);
  });

  test('cannot delete', async () => {
    const article = await createArticle(app.strapi, {}, { arabic: { title: 'للحذف' } });
    expect((await cm(translator).remove(ARTICLE, article.documentId, 'ar')).status).toBe(403);
    expect((await cm(translator).remove(ARTICLE, article.documentId, 'en')).status).toBe(403);
    expect(await app.strapi.db.query(ARTICLE).count({ where: { documentId: article.documentId } })).toBe(2);
  });
});

describe('an Editor', () => {
  test('edits, publishes and deletes in both languages', async () => {
    const article = await createArticle(app.strapi, {}, { arabic: { title: 'مقال' } });
    expect((await cm(editor).update(ARTICLE, article.documentId, 'en', { title: 'Edited', dateline: '2017-04-11T08:00:00.000Z' })).status).toBe(200);
    expect((await cm(editor).update(ARTICLE, article.documentId, 'ar', { title: 'معدّل' })).status).toBe(200);
    expect((await stored(ARTICLE, article.documentId, 'ar')).dateline).toBe('2017-04-11T08:00:00.000Z');
    expect((await cm(editor).publish(ARTICLE, article.documentId, 'ar')).status).toBe(200);
    expect((await cm(editor).publish(ARTICLE, article.documentId, 'en')).status).toBe(200);
    expect((await cm(editor).remove(ARTICLE, article.documentId, 'ar')).status).toBe(200);
    expect(await app.strapi.db.query(ARTICLE).count({ where: { documentId: article.documentId, locale: 'ar' } })).toBe(0);
  });
});
