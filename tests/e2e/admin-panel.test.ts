import { useDemoAdminPanel } from '../helpers/admin-panel';
import { createAdminUser } from '../helpers/auth';
import { logInToAdmin } from '../helpers/browser';

/** An editor opens the seed article in the admin panel, in English and then in Arabic. */

const editor = { email: 'editor@test.example', password: 'Editor-Password-1' };
const session = useDemoAdminPanel(({ app }) => createAdminUser(app.strapi, 'strapi-editor', editor));

const TITLES = {
  en: 'Russian Jets Hit Syrians with Cluster Bombs & White Phosphorus in Revenge Attacks',
  ar: 'طائرات روسية تقصف السوريين بالقنابل العنقودية والفوسفور الأبيض في هجمات انتقامية',
};

test('the login page offers Arabic as interface language', async () => {
  await session.page.goto(`${session.baseUrl}/admin/auth/login`);
  const picker = session.page.getByRole('combobox').first();
  await picker.click();
  await expect(session.page.getByRole('option', { name: 'العربية' }).isVisible()).resolves.toBe(true);
  await session.page.getByRole('option', { name: 'العربية' }).click();
  // The interface speaks Arabic at once, before logging in.
  await session.page.getByRole('button', { name: 'تسجيل دخول' }).waitFor();
  expect(await session.page.evaluate(() => document.documentElement.lang)).toBe('ar');
});

test('an editor opens the seed article in English and then in Arabic', async () => {
  await logInToAdmin(session.page, session.baseUrl, editor.email, editor.password);
  const editView = (locale: string) =>
    `${session.baseUrl}/admin/content-manager/collection-types/api::article.article/${session.seedArticleId}?plugins[i18n][locale]=${locale}`;

  await session.page.goto(editView('en'));
  const title = session.page.locator('input[name="title"]');
  await title.waitFor({ timeout: 60000 });
  await expect(title.inputValue()).resolves.toBe(TITLES.en);

  await session.page.goto(editView('ar'));
  await session.page.waitForFunction((expected) => (document.querySelector('input[name="title"]') as HTMLInputElement | null)?.value === expected, TITLES.ar, {
    timeout: 60000,
  });
  await expect(session.page.locator('input[name="title"]').inputValue()).resolves.toBe(TITLES.ar);
});
