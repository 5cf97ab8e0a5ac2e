import request from 'supertest';
import { loginAdmin } from '../helpers/auth';
import { createArticle } from '../helpers/fixtures';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * The edit view's Preview box asks the Content Manager for an entry's preview URL: a 204 (no box)
 * unless PREVIEW_URL names the site's preview page, then that page with the entry's type,
 * documentId, locale and status, for the types sites show as pages. Never the 404 that makes
 * Strapi offer "Set up preview".
 */
const previewOf = async (app: TestApp, uid: string, documentId: string) => {
  const token = await loginAdmin(app.strapi, app.server, 'strapi-editor');
  return request(app.server)
    .get(`/content-manager/preview/url/${uid}`)
    .query({ documentId, locale: 'ar', status: 'draft' })
    .set('Authorization', `Bearer ${token}`);
};

test('without PREVIEW_URL there is no preview, and nothing to set up', async () => {
  const app = await startStrapi();
  try {
    const article = await createArticle(app.strapi);
    const response = await previewOf(app, 'api::article.article', article.documentId);
    expect(response.status).toBe(204);
  } finally {
    await app.stop();
  }
});

test("with PREVIEW_URL, an article's preview is the site's page for it; a vocabulary term has none", async () => {
  const app = await startStrapi({ env: { PREVIEW_URL: 'https://site.example/preview' } });
  try {
    const article = await createArticle(app.strapi);
    const response = await previewOf(app, 'api::article.article', article.documentId);
    expect(response.status).toBe(200);
    expect(response.body.data.url).toBe(`https://site.example/preview?type=article&documentId=${article.documentId}&locale=ar&status=draft`);
    const weapon: any = await app.strapi.documents('api::weapon.weapon').create({ locale: 'en', data: { key: 'preview-test-rocket', label: 'Rocket' } } as any);
    expect((await previewOf(app, 'api::weapon.weapon', weapon.documentId)).status).toBe(204);
  } finally {
    await app.stop();
  }
});
