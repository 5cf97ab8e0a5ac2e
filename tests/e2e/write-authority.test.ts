import { ARTICLE } from '../../src/uids';
import { useDemoAdminPanel } from '../helpers/admin-panel';
import { createAdminUser } from '../helpers/auth';
import { logInToAdmin, saveScreenshot } from '../helpers/browser';
import { eventually } from '../helpers/eventually';

/**
 * The authority model seen from the admin panel: the create form sends every field, shared ones
 * with the schema's defaults (an article's section); a translator's Arabic article is saved, since
 * a default sent back is no change. Screenshots land in .tmp/screenshots for a person to look at.
 */
const translator = { email: 'translator@test.example', password: 'Translator-Password-1' };

const session = useDemoAdminPanel(async ({ app }) => {
  await createAdminUser(app.strapi, 'translator', translator);
});

test('a translator writes a new Arabic article from the create form and saves it', async () => {
  const title = 'تقرير جديد عن الغارات على ريف إدلب';
  await logInToAdmin(session.page, session.baseUrl, translator.email, translator.password);
  await session.page.goto(`${session.baseUrl}/admin/content-manager/collection-types/${ARTICLE}/create?plugins[i18n][locale]=ar`);
  const input = session.page.locator('input[name="title"]');
  await input.waitFor({ timeout: 60000 });
  await input.fill(title);
  await session.page.getByRole('button', { name: 'Save' }).click();

  const stored = await eventually(
    () => session.app.strapi.db.query(ARTICLE).findOne({ where: { title, locale: 'ar' } }),
    (row) => row !== null
  );
  await saveScreenshot(session.page, 'translator-creates-arabic-article');
  expect(stored).toMatchObject({ title, locale: 'ar', section: 'coalition-news' });
  // Nothing in English was made by the translator.
  expect(await session.app.strapi.db.query(ARTICLE).count({ where: { documentId: stored.documentId, locale: 'en' } })).toBe(0);
});
