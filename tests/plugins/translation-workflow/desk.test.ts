import request from 'supertest';
import { createAdminUser, loginAdmin } from '../../helpers/auth';
import { createArticle, createLocation } from '../../helpers/fixtures';
import { startStrapi, type TestApp } from '../../helpers/strapi';

/**
 * The translator's desk route: the source text of a translation beside its form, read as the
 * Content Manager would let the person read that entry (its languages and fields), nothing more.
 */
let app: TestApp;
let translator: string;
const ARTICLE = 'api::article.article';
const LOCATION = 'api::location.location';
const CM_READ = 'plugin::content-manager.explorer.read';
const PLUGIN_READ = 'plugin::translation-workflow.read';

const body = [
  { type: 'paragraph', children: [{ type: 'text', text: 'Russian jets struck towns of Hama and Idlib.' }] },
  { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'Maarat Alnouman' }] }] },
];

beforeAll(async () => {
  app = await startStrapi();
  translator = await loginAdmin(app.strapi, app.server, 'translator');
});
afterAll(async () => app?.stop());

const sourceOf = (who: string, uid: string, documentId: string, locale: string) =>
  request(app.server).get(`/translation-workflow/source/${uid}/${documentId}/${locale}`).set('Authorization', `Bearer ${who}`);

/** An admin whose role sees the queue (the plugin's permission) and reads articles only as `read` says. */
async function readerWith(code: string, read: { locales: string[]; fields: string[] }) {
  const role = await app.strapi.service('admin::role').create({ name: `Reader ${code}`, code, description: 'test' });
  await app.strapi.service('admin::role').assignPermissions(role.id, [
    { action: PLUGIN_READ, subject: null, properties: {}, conditions: [] },
    { action: CM_READ, subject: ARTICLE, properties: read, conditions: [] },
  ]);
  const user = { email: `${code}@test.example`, password: 'Reader-Password-1' };
  await createAdminUser(app.strapi, code, user);
  const login = await request(app.server).post('/admin/login').send(user);
  return login.body.data.token as string;
}

test('a missing translation: the text fields of the original, rich text as blocks, slugs and hidden fields left out', async () => {
  const article = await createArticle(app.strapi, { title: 'Airstrike on Saraqib', summary: 'Two strikes at dawn.', body });
  const response = await sourceOf(translator, ARTICLE, article.documentId, 'ar');
  expect(response.status).toBe(200);
  expect(response.body.data).toEqual({
    locale: 'ar',
    status: 'missing',
    sourceLocale: 'en',
    fields: [
      { field: 'title', value: 'Airstrike on Saraqib', change: null },
      { field: 'summary', value: 'Two strikes at dawn.', change: null },
      { field: 'body', value: body, change: null },
    ],
  });

  // The original has nothing to be translated from.
  const original = await sourceOf(translator, ARTICLE, article.documentId, 'en');
  expect(original.status).toBe(200);
  expect(original.body.data).toBeNull();
});

test('an outdated translation: each field with what changed in the source since it was translated', async () => {
  const article = await createArticle(app.strapi, { title: 'Shelling of Kafr Zita', body }, { publish: true, arabic: { title: 'قصف كفر زيتا' } });
  await app.strapi.documents(ARTICLE).update({ documentId: article.documentId, locale: 'en', data: { title: 'Shelling of Kafr Zita and Latamneh' } } as any);
  const { body: answer } = await sourceOf(translator, ARTICLE, article.documentId, 'ar');
  expect(answer.data.status).toBe('outdated');
  expect(answer.data.fields[0]).toEqual({
    field: 'title',
    value: 'Shelling of Kafr Zita and Latamneh',
    change: { field: 'title', before: 'Shelling of Kafr Zita', after: 'Shelling of Kafr Zita and Latamneh' },
  });
  expect(answer.data.fields.find((field: any) => field.field === 'body')).toEqual({ field: 'body', value: body, change: null });

  // Once the Arabic catches up, the desk still shows the English, with nothing changed.
  await app.strapi.documents(ARTICLE).update({ documentId: article.documentId, locale: 'ar', data: { title: 'قصف كفر زيتا واللطامنة' } } as any);
  const caughtUp = await sourceOf(translator, ARTICLE, article.documentId, 'ar');
  expect(caughtUp.body.data).toMatchObject({ status: 'draft', sourceLocale: 'en' });
  expect(caughtUp.body.data.fields.every((field: any) => field.change === null)).toBe(true);
});

test('a document written in Arabic first is translated into English from the Arabic', async () => {
  const created = await app.strapi.documents(LOCATION).create({ locale: 'ar', data: { name: 'سراقب', aliases: 'سراقب الشرقية', level: 'town' } } as any);
  await app.strapi.documents(LOCATION).update({ documentId: created.documentId, locale: 'en', data: { name: 'Saraqib' } } as any);
  const english = await sourceOf(translator, LOCATION, created.documentId, 'en');
  expect(english.body.data).toMatchObject({ locale: 'en', sourceLocale: 'ar', fields: [{ field: 'name', value: 'سراقب' }, { field: 'aliases', value: 'سراقب الشرقية' }] });
  expect((await sourceOf(translator, LOCATION, created.documentId, 'ar')).body.data).toBeNull();
});

test('only what the person may read of the source: its language, then its fields', async () => {
  const article = await createArticle(app.strapi, { title: 'Barrel bombs on Daraya', summary: 'A summary.', body });
  const arabicOnly = await readerWith('reader-arabic-only', { locales: ['ar'], fields: ['title', 'summary', 'body'] });
  const refused = await sourceOf(arabicOnly, ARTICLE, article.documentId, 'ar');
  expect(refused.status).toBe(403);
  expect(JSON.stringify(refused.body)).not.toContain('Barrel bombs');

  const titlesOnly = await readerWith('reader-titles-only', { locales: ['en', 'ar'], fields: ['title'] });
  const titles = await sourceOf(titlesOnly, ARTICLE, article.documentId, 'ar');
  expect(titles.status).toBe(200);
  expect(titles.body.data.fields).toEqual([{ field: 'title', value: 'Barrel bombs on Daraya', change: null }]);

  // Without the plugin's permission (Strapi's Author), or signed out, nothing.
  const author = await loginAdmin(app.strapi, app.server, 'strapi-author');
  expect((await sourceOf(author, ARTICLE, article.documentId, 'ar')).status).toBe(403);
  expect((await request(app.server).get(`/translation-workflow/source/${ARTICLE}/${article.documentId}/ar`)).status).toBe(401);
});

test('unknown types, documents and locales are 404s; a malformed locale is a 400 naming it', async () => {
  const location = await createLocation(app.strapi, { name: 'Sarmin' });
  expect((await sourceOf(translator, 'plugin::upload.file', location.documentId, 'ar')).status).toBe(404);
  expect((await sourceOf(translator, LOCATION, 'no-such-document', 'ar')).status).toBe(404);
  expect((await sourceOf(translator, LOCATION, location.documentId, 'fr')).status).toBe(404);
  const malformed = await sourceOf(translator, LOCATION, location.documentId, 'A_R');
  expect(malformed.status).toBe(400);
  expect(malformed.body.error.details.errors[0].path).toEqual(['locale']);
});
