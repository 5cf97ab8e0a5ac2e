import type { Core } from '@strapi/strapi';
import type { Page } from 'playwright-core';
import { ARTICLE, INCIDENT } from '../../src/uids';
import { useDemoAdminPanel } from '../helpers/admin-panel';
import { createAdminUser } from '../helpers/auth';
import { logInToAdmin, saveScreenshot } from '../helpers/browser';

/**
 * The newsroom's home page: what waits for translation in one's languages, the incidents awaiting
 * verification, and the latest changes of the record, each with the demo content's real numbers,
 * in English and in Arabic; each widget for those who may read what it shows. None of Strapi's
 * generic clutter: no guided tour, no Strapi Cloud, no "Set up preview" box, no Media Library
 * banner, no project statistics.
 */

const editor = { email: 'editor@test.example', password: 'Editor-Password-1' };
const arabicEditor = { email: 'editor-ar@test.example', password: 'Editor-Password-2' };
const arabicTranslator = { email: 'translator-ar@test.example', password: 'Translator-Password-1' };
// A role that translates articles and may not read incidents (made in the panel, say).
const articleTranslator = { email: 'article-translator@test.example', password: 'Translator-Password-2' };

/** The work the demo content leaves a translator: an article never translated, an incident changed in English. */
const UNTRANSLATED_TITLE = 'Shelling of the Ariha market: first reports';
const CHANGED_TITLE = 'US missile strikes on the Shaerat airbase, as the Pentagon described them';

let disputedTitle = '';

const session = useDemoAdminPanel(async ({ app }) => {
  const { strapi } = app;
  await createAdminUser(strapi, 'strapi-editor', editor);
  await createAdminUser(strapi, 'strapi-editor', arabicEditor, { preferedLanguage: 'ar' });
  await createAdminUser(strapi, 'translator', arabicTranslator, { preferedLanguage: 'ar' });
  await createArticleTranslator(strapi);

  await strapi.documents(ARTICLE).create({
    locale: 'en',
    data: { title: UNTRANSLATED_TITLE, dateline: '2017-04-11T09:00:00.000Z', section: 'coalition-news' },
  } as any);
  const [shaerat, disputed] = await Promise.all(
    ['Shaerat', 'Chemical weapons'].map((title) => strapi.db.query(INCIDENT).findOne({ where: { locale: 'en', publishedAt: null, title: { $contains: title } } }))
  );
  await strapi.documents(INCIDENT).update({ documentId: shaerat.documentId, locale: 'en', data: { title: CHANGED_TITLE } } as any);
  // Shared by both languages: disputed in Arabic too.
  await strapi.documents(INCIDENT).update({ documentId: disputed.documentId, locale: 'en', data: { verificationStatus: 'disputed' } } as any);
  disputedTitle = disputed.title;
});

async function createArticleTranslator(strapi: Core.Strapi) {
  const roles = strapi.service('admin::role');
  const role = await roles.create({ name: 'Article translator', description: 'Translates articles into Arabic.' });
  const fields = strapi.service('admin::content-type').getNestedFields(strapi.contentTypes[ARTICLE], { components: strapi.components });
  await roles.assignPermissions(role.id, [
    { action: 'plugin::content-manager.explorer.read', subject: ARTICLE, properties: { fields, locales: ['en', 'ar'] }, conditions: [] },
    { action: 'plugin::content-manager.explorer.update', subject: ARTICLE, properties: { fields: ['title', 'summary', 'body'], locales: ['ar'] }, conditions: [] },
    { action: 'plugin::translation-workflow.read', subject: null, properties: {}, conditions: [] },
    { action: 'plugin::evidence-trail.read', subject: null, properties: {}, conditions: [] },
  ]);
  await createAdminUser(strapi, role.code, articleTranslator);
}

/** What the server says the widgets should show, to compare with what they do. */
const expected = {
  incidents: (locale: string, verificationStatus: string) =>
    session.app.strapi.db.query(INCIDENT).count({ where: { locale, publishedAt: null, verificationStatus } }),
  waiting: (locale: string, types?: string[]) =>
    session.app.strapi.plugin('translation-workflow').service('queue').counts({ locale, ...(types ? { contentType: types } : {}) }) as Promise<Record<string, number>>,
};

/** A number as the interface writes it, in either set of digits. */
const numberIn = async (page: Page, testId: string) => {
  const text = (await page.getByTestId(testId).getByTestId('count').textContent()) ?? '';
  return Number(text.replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660)));
};

/** The home page once each widget the admin may see has answered. */
async function openHome(page: Page, widgets: string[]) {
  await page.goto(`${session.baseUrl}/admin`);
  for (const widget of widgets) await page.getByTestId(widget).waitFor({ timeout: 60000 });
}

/** Strapi's generic home page and its promotions: none of it. */
async function expectNoClutter(page: Page) {
  const text = (await page.locator('body').textContent()) ?? '';
  for (const clutter of ['Discover your application', 'Create your schema', 'Strapi Cloud', 'Introducing the new Media Library', 'Read blog post', 'Project statistics']) {
    expect(text).not.toContain(clutter);
  }
  // Skipped in this browser: a development start (the only one that shows the tour) shows it no more.
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('STRAPI_GUIDED_TOUR') ?? '{}').enabled)).toBe(false);
}

/** Messages reported missing in the interface language, of the home page's own (ours and Strapi's there). */
function missingTranslations(page: Page): string[] {
  const missing: string[] = [];
  page.on('console', (message) => {
    const id = /MISSING_TRANSLATION\] Missing message: "([^"]+)"/.exec(message.text())?.[1];
    if (id && /^(home|translation-workflow|evidence-trail|HomePage|widget|content-manager\.widget)\./.test(id)) missing.push(id);
  });
  return missing;
}

const WIDGETS = ['translations-waiting', 'incidents-awaiting', 'latest-changes'];

test('an editor sees what waits and what changed, with the real numbers, and a change of hers at the top of the latest changes', async () => {
  const { page } = session;
  await logInToAdmin(page, session.baseUrl, editor.email, editor.password);
  await openHome(page, WIDGETS);

  // Ours first, in this order; Strapi's useful ones after; its generic ones gone.
  const titles = await page.locator('section[aria-labelledby] > header h2').allTextContents();
  const order = ['Translations waiting', 'Incidents awaiting verification', 'Latest changes', 'Last edited entries', 'Last published entries'];
  expect(order.map((title) => titles.findIndex((shown) => shown.toLowerCase() === title.toLowerCase()))).toEqual([0, 1, 2, 3, 4]);
  await expectNoClutter(page);

  expect(await numberIn(page, 'awaiting-reported')).toBe(await expected.incidents('en', 'reported'));
  expect(await numberIn(page, 'awaiting-disputed')).toBe(1);
  // The newest first, whatever their status.
  const dates = await page.getByTestId('awaiting-incident').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-date') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());
  const newest = await session.app.strapi.db.query(INCIDENT).findOne({ where: { locale: 'en', publishedAt: null, verificationStatus: { $in: ['reported', 'disputed'] } }, orderBy: { date: 'desc' } });
  expect(dates[0]).toBe(newest.date);
  // An editor translates into both languages: the Arabic ones waiting, and the English ones.
  const arabic = await expected.waiting('ar');
  expect(arabic.missing).toBeGreaterThanOrEqual(1);
  expect(arabic.outdated).toBeGreaterThanOrEqual(1);
  expect(await numberIn(page, 'waiting-ar-missing')).toBe(arabic.missing);
  expect(await numberIn(page, 'waiting-ar-outdated')).toBe(arabic.outdated);
  expect(await numberIn(page, 'waiting-en-missing')).toBe((await expected.waiting('en')).missing);
  await saveScreenshot(page, 'home-page-editor-en', { fullPage: true });

  // A count opens the incidents of that status.
  await page.getByTestId('awaiting-disputed').click();
  await page.waitForURL((url) => decodeURIComponent(url.search).includes('filters[$and][0][verificationStatus][$eq]=disputed'));
  await page.getByRole('gridcell', { name: disputedTitle }).first().waitFor({ timeout: 60000 });

  // She changes an incident; it heads the latest changes, as hers.
  const newTitle = 'Airstrikes on Maarat Alnouman with white phosphorus and cluster munitions';
  const maarat = await session.app.strapi.db.query(INCIDENT).findOne({ where: { locale: 'en', publishedAt: null, title: { $contains: 'Maarat Alnouman' } } });
  await page.goto(`${session.baseUrl}/admin/content-manager/collection-types/${INCIDENT}/${maarat.documentId}?plugins[i18n][locale]=en`);
  const title = page.locator('input[name="title"]');
  await title.waitFor({ timeout: 60000 });
  // No preview is configured: no Preview box offering to set one up.
  await page.getByRole('button', { name: 'Save' }).waitFor();
  expect(await page.getByText('Set up preview').count()).toBe(0);
  expect(await page.getByRole('heading', { name: 'Preview', exact: true }).count()).toBe(0);
  await title.fill(newTitle);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved document').first().waitFor({ timeout: 30000 });

  await openHome(page, WIDGETS);
  const latest = page.getByTestId('latest-change').first();
  await expect(latest.getByRole('link').textContent()).resolves.toBe(newTitle);
  await expect(latest.getByTestId('latest-change-action').textContent()).resolves.toBe('Edited');
  await expect(latest.textContent()).resolves.toContain(editor.email);
  await saveScreenshot(page, 'home-page-editor-en-after-change', { fullPage: true });

  // The change opens from there, in its language.
  await latest.getByRole('link').click();
  await page.waitForURL((url) => url.pathname.endsWith(`/${INCIDENT}/${maarat.documentId}`) && url.search.includes('plugins[i18n][locale]=en'));

  // And the Media Library greets nobody with a banner either.
  await page.goto(`${session.baseUrl}/admin/plugins/upload`);
  await page.getByRole('heading', { name: /Media Library/i }).first().waitFor({ timeout: 60000 });
  expect(await page.getByText('Introducing the new Media Library').count()).toBe(0);
});

test('in the Arabic interface, the same home page speaks Arabic, with the same numbers', async () => {
  const { page } = session;
  const missing = missingTranslations(page);
  await logInToAdmin(page, session.baseUrl, arabicEditor.email, arabicEditor.password);
  await openHome(page, WIDGETS);
  await page.getByText('ترجمات تنتظر العمل').waitFor();
  await expectNoClutter(page);

  for (const title of ['ترجمات تنتظر العمل', 'حوادث بانتظار التحقق', 'آخر التغييرات', 'آخر الإدخالات المعدَّلة', 'آخر الإدخالات المنشورة']) {
    expect(await page.getByText(title, { exact: true }).count()).toBe(1);
  }
  // The incidents are counted in the Arabic entries, the language of the interface.
  expect(await numberIn(page, 'awaiting-reported')).toBe(await expected.incidents('ar', 'reported'));
  expect(await numberIn(page, 'awaiting-disputed')).toBe(1);
  expect(await numberIn(page, 'waiting-ar-missing')).toBe((await expected.waiting('ar')).missing);
  // The interface language's waiting work comes first.
  const languages = await page.locator('[data-testid^="waiting-"][data-testid$="-missing"]').evaluateAll((links) => links.map((link) => link.getAttribute('data-testid')));
  expect(languages).toEqual(['waiting-ar-missing', 'waiting-en-missing']);

  // No English of ours: the widgets' words are Arabic, laid out right to left. Entries' titles are
  // in their own language (marked with it), and an email is an email: those aside, no Latin letter.
  const widgetsWords = await Promise.all(
    WIDGETS.map((widget) =>
      page.getByTestId(widget).evaluate((element) => {
        const copy = element.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[lang]').forEach((title) => title.remove());
        copy.querySelectorAll('bdi').forEach((who) => who.textContent?.includes('@') && who.remove());
        return copy.textContent ?? '';
      })
    )
  );
  expect(widgetsWords.join(' ')).not.toMatch(/[A-Za-z]/);
  for (const widget of WIDGETS) expect(await page.getByTestId(widget).evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  for (const english of ['Hello', 'Welcome to your administration panel', 'Add Widget', 'Open the Translations page']) {
    expect(await page.getByText(english).count()).toBe(0);
  }
  expect(missing).toEqual([]);
  await saveScreenshot(page, 'home-page-editor-ar', { fullPage: true });
});

test('a translator into Arabic sees the translations waiting in Arabic, and each opens the entry to translate', async () => {
  const { page } = session;
  await logInToAdmin(page, session.baseUrl, arabicTranslator.email, arabicTranslator.password);
  await openHome(page, WIDGETS);
  await expectNoClutter(page);

  // Arabic only: she translates into no other language.
  expect(await page.getByTestId('waiting-en').count()).toBe(0);
  const arabic = await expected.waiting('ar');
  expect(await numberIn(page, 'waiting-ar-missing')).toBe(arabic.missing);
  expect(await numberIn(page, 'waiting-ar-outdated')).toBe(arabic.outdated);
  const entries = page.getByTestId('waiting-entry');
  // The untranslated article is listed by its English title, to be translated.
  const untranslated = entries.filter({ hasText: UNTRANSLATED_TITLE });
  expect(await untranslated.getAttribute('data-status')).toBe('missing');
  expect(await entries.filter({ hasText: CHANGED_TITLE }).count()).toBe(0); // outdated: listed by its Arabic title
  expect(await page.locator('[data-testid="waiting-entry"][data-status="outdated"]').count()).toBeGreaterThanOrEqual(1);
  await saveScreenshot(page, 'home-page-translator-ar', { fullPage: true });

  await untranslated.getByRole('link').click();
  await page.waitForURL((url) => url.pathname.includes(`/${ARTICLE}/`) && url.search.includes('plugins[i18n][locale]=ar'));
});

test('a role that may not read incidents has no incidents widget; its translations waiting and latest changes are of what it reads', async () => {
  const { page } = session;
  await logInToAdmin(page, session.baseUrl, articleTranslator.email, articleTranslator.password);
  await openHome(page, ['translations-waiting', 'latest-changes']);
  expect(await page.getByTestId('incidents-awaiting').count()).toBe(0);
  expect(await page.getByText('Incidents awaiting verification').count()).toBe(0);
  // The outdated incidents are not hers to see: the article never translated is.
  const articles = await expected.waiting('ar', [ARTICLE]);
  expect(await numberIn(page, 'waiting-ar-missing')).toBe(articles.missing);
  expect(await numberIn(page, 'waiting-ar-outdated')).toBe(articles.outdated);
  expect(await page.getByTestId('waiting-entry').filter({ hasText: UNTRANSLATED_TITLE }).count()).toBe(1);
  expect(await page.getByTestId('waiting-entry').count()).toBe(articles.missing + articles.outdated);
  const types = await page.getByTestId('latest-change').evaluateAll((lines) => lines.map((line) => line.textContent ?? ''));
  expect(types.length).toBeGreaterThan(0);
  for (const line of types) expect(line).toContain('Article');
  await saveScreenshot(page, 'home-page-article-translator-en', { fullPage: true });
});
