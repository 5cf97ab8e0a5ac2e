import { useDemoAdminPanel } from '../helpers/admin-panel';
import { createAdminUser } from '../helpers/auth';
import { logInToAdmin, saveScreenshot } from '../helpers/browser';

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

test("on a fresh start the seed article's Linked incidents panel lists the 23 incidents it reports, with their roles", async () => {
  await logInToAdmin(session.page, session.baseUrl, editor.email, editor.password);
  await session.page.goto(`${session.baseUrl}/admin/content-manager/collection-types/api::article.article/${session.seedArticleId}?plugins[i18n][locale]=en`);
  const panel = session.page.getByTestId('incident-linker-article-panel');
  await panel.getByTestId('linked-incident').first().waitFor({ timeout: 60000 });
  expect(await panel.getByTestId('linked-incident').count()).toBe(23);
  const chemical = await session.app.strapi.db.query('api::incident.incident').findOne({ where: { locale: 'en', title: 'Chemical weapons attack on Khan Sheikoun' } });
  const recalled = panel.locator(`[data-testid="linked-incident"][data-incident="${chemical.documentId}"]`);
  await expect(recalled.getByTestId('role-select').inputValue()).resolves.toBe('mentions');
  await saveScreenshot(session.page, 'seed-article-linked-incidents', { fullPage: true });
});
