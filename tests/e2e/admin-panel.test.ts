import type { Browser, Page } from 'playwright-core';
import { loadDemoData } from '../../src/bootstrap/demo-data';
import { launchBrowser, logInToAdmin } from '../helpers/browser';
import { listen } from '../helpers/server';
import { startStrapi, type TestApp } from '../helpers/strapi';

/** An editor opens the seed article in the admin panel, in English and then in Arabic. */
let app: TestApp;
let baseUrl: string;
let browser: Browser;
let page: Page;
let articleId: string;

const editor = { email: 'editor@test.example', password: 'Editor-Password-1' };
const TITLES = {
  en: 'Russian Jets Hit Syrians with Cluster Bombs & White Phosphorus in Revenge Attacks',
  ar: 'طائرات روسية تقصف السوريين بالقنابل العنقودية والفوسفور الأبيض في هجمات انتقامية',
};

beforeAll(async () => {
  app = await startStrapi({ serveAdminPanel: true });
  baseUrl = await listen(app);
  await loadDemoData(app.strapi);
  articleId = (await app.strapi.db.query('api::article.article').findOne({ where: { locale: 'en' } })).documentId;
  const role = await app.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } });
  await app.strapi.service('admin::user').create({ ...editor, firstname: 'Editor', isActive: true, roles: [role.id] });
  browser = await launchBrowser();
});

beforeEach(async () => {
  page = await browser.newPage();
});

afterEach(async () => {
  await page?.close();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

test('the login page offers Arabic as interface language', async () => {
  await page.goto(`${baseUrl}/admin/auth/login`);
  const picker = page.getByRole('combobox').first();
  await picker.click();
  await expect(page.getByRole('option', { name: 'العربية' }).isVisible()).resolves.toBe(true);
  await page.getByRole('option', { name: 'العربية' }).click();
  // The interface speaks Arabic at once, before logging in.
  await page.getByRole('button', { name: 'تسجيل دخول' }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
});

test('an editor opens the seed article in English and then in Arabic', async () => {
  await logInToAdmin(page, baseUrl, editor.email, editor.password);
  const editView = (locale: string) =>
    `${baseUrl}/admin/content-manager/collection-types/api::article.article/${articleId}?plugins[i18n][locale]=${locale}`;

  await page.goto(editView('en'));
  const title = page.locator('input[name="title"]');
  await title.waitFor({ timeout: 60000 });
  await expect(title.inputValue()).resolves.toBe(TITLES.en);

  await page.goto(editView('ar'));
  await page.waitForFunction((expected) => (document.querySelector('input[name="title"]') as HTMLInputElement | null)?.value === expected, TITLES.ar, {
    timeout: 60000,
  });
  await expect(page.locator('input[name="title"]').inputValue()).resolves.toBe(TITLES.ar);
});
