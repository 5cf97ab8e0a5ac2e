import type { ConsoleMessage, Locator, Page } from 'playwright-core';
import { ARTICLE, LOCATION } from '../../src/uids';
import { useDemoAdminPanel } from '../helpers/admin-panel';
import { createAdminUser } from '../helpers/auth';
import { createArticle } from '../helpers/fixtures';
import { logInToAdmin, saveScreenshot } from '../helpers/browser';
import { eventually } from '../helpers/eventually';

/**
 * The translator's desk: a translator opens a translation from the Translations page and finds,
 * beside its form, the text it is made from, field by field (rich text too), each in its own
 * language and direction, with one click to copy a field into the form. An outdated translation
 * shows what changed in the source since; a translation the person may not change shows its source
 * without the copies; the original shows no desk. Screenshots in both interface languages land in
 * .tmp/screenshots.
 */

const translator = { email: 'translator@test.example', password: 'Translator-Password-1' };
const arabicTranslator = { email: 'translator-ar@test.example', password: 'Translator-Password-2' };

/** A report written in English only: its Arabic translation is missing. */
const ENGLISH = {
  title: 'Barrel bombs hit the market of Douma',
  summary: 'Civil defence teams counted the dead into the night.',
  paragraphs: ['Helicopters dropped two barrel bombs on the main market of Douma at noon.', 'The market', 'A bakery beside it'],
};
const BODY = [
  { type: 'paragraph', children: [{ type: 'text', text: ENGLISH.paragraphs[0] }] },
  {
    type: 'list',
    format: 'unordered',
    children: [
      { type: 'list-item', children: [{ type: 'text', text: ENGLISH.paragraphs[1] }] },
      { type: 'list-item', children: [{ type: 'text', text: ENGLISH.paragraphs[2], bold: true }] },
    ],
  },
];
/** The seed article's English title, changed after its translation: the Arabic is outdated. */
const SEED_TITLE = 'Russian Jets Hit Syrians with Cluster Bombs & White Phosphorus in Revenge Attacks';
const NEW_SEED_TITLE = 'Russian Jets Hit Syrians with Cluster Bombs and White Phosphorus';
/** A place written in Arabic first, translated into English since. */
const ARABIC_PLACE = { name: 'معرة النعمان', aliases: 'معرة النعمان القديمة' };

let missingId: string;
let arabicFirstId: string;

const session = useDemoAdminPanel(async ({ app }) => {
  await createAdminUser(app.strapi, 'translator', translator);
  await createAdminUser(app.strapi, 'translator', arabicTranslator, { preferedLanguage: 'ar' });
  missingId = (await createArticle(app.strapi, { title: ENGLISH.title, summary: ENGLISH.summary, body: BODY })).documentId;
  await app.strapi.documents(ARTICLE).update({ documentId: session.seedArticleId, locale: 'en', data: { title: NEW_SEED_TITLE } } as any);
  const place = await app.strapi.documents(LOCATION).create({ locale: 'ar', data: { ...ARABIC_PLACE, level: 'town' } } as any);
  await app.strapi.documents(LOCATION).update({ documentId: place.documentId, locale: 'en', data: { name: 'Maarat Alnouman' } } as any);
  arabicFirstId = place.documentId;
});

const directionOf = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).direction);
const storedArabic = (documentId: string) => session.app.strapi.db.query(ARTICLE).findOne({ where: { documentId, locale: 'ar', publishedAt: null } });
const desk = () => session.page.getByTestId('source-text-panel');
const deskField = (field: string) => desk().getByTestId(`source-field-${field}`);
/** The Content Manager's Save, in either interface language (Strapi's Arabic says يحفظ). */
const saveButton = () => session.page.getByRole('button', { name: /^(Save|يحفظ|حفظ)$/ });

/** Missing-translation warnings about the plugins' own messages: the Arabic interface must have them all. */
function watchMissingMessages(page: Page) {
  const missing: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    const text = message.text();
    if (text.includes('MISSING_TRANSLATION') && /"(translation-workflow|admin-helpers)\./.test(text)) missing.push(text);
  });
  return missing;
}

/** Opens the Translations page (Arabic, the default target) and the row of a document, as a translator would. */
async function openFromQueue(documentId: string, status: string) {
  await session.page.goto(`${session.baseUrl}/admin/plugins/translation-workflow`);
  const row = session.page.locator(`[data-testid="queue-row"][data-document-id="${documentId}"][data-status="${status}"]`);
  await row.waitFor({ timeout: 60000 });
  await row.getByRole('link').click();
  // Straight to the Arabic edit view of that document, where the desk shows.
  await session.page.waitForURL((url) => url.pathname.endsWith(`/${ARTICLE}/${documentId}`) && url.search.includes('plugins[i18n][locale]=ar'));
  const title = session.page.locator('input[name="title"]');
  await title.waitFor({ timeout: 60000 });
  const body = session.page.locator('main form [data-slate-editor="true"]');
  await body.waitFor();
  await desk().waitFor({ timeout: 60000 });
  return { title, body };
}

test('in the Arabic interface, a translator opens a missing translation from the queue, reads the English beside it, copies the title and body, and saves', async () => {
  const missingMessages = watchMissingMessages(session.page);
  await logInToAdmin(session.page, session.baseUrl, arabicTranslator.email, arabicTranslator.password);
  const { title, body } = await openFromQueue(missingId, 'missing');

  // The empty Arabic form, right to left; beside it the English, left to right, rich text as paragraphs.
  await expect(title.inputValue()).resolves.toBe('');
  expect(await directionOf(title)).toBe('rtl');
  expect(await desk().getAttribute('data-source-locale')).toBe('en');
  expect(await desk().getAttribute('data-status')).toBe('missing');
  await session.page.getByText('النص المصدر (الإنجليزية)', { exact: true }).waitFor();
  // Beside the form's first fields, right after the entry's actions: in view without scrolling.
  expect((await desk().boundingBox())!.y).toBeLessThan(session.page.viewportSize()!.height);
  const sourceTitle = deskField('title').getByTestId('source-value');
  await expect(sourceTitle.textContent()).resolves.toBe(ENGLISH.title);
  expect(await directionOf(sourceTitle)).toBe('ltr');
  expect(await sourceTitle.getAttribute('lang')).toBe('en');
  await expect(deskField('summary').getByTestId('source-value').textContent()).resolves.toBe(ENGLISH.summary);
  await expect(deskField('body').getByTestId('source-value').locator('p').allTextContents()).resolves.toEqual(ENGLISH.paragraphs);
  // Slugs are derived from the title, so they are no translator's text.
  expect(await deskField('slug').count()).toBe(0);
  // The panel speaks the interface language: the copy buttons' words are Arabic.
  await expect(deskField('title').getByTestId('copy-source').textContent()).resolves.toBe('انسخ الأصل');
  await saveScreenshot(session.page, 'translator-desk-missing-ar', { fullPage: true });

  // One click puts the English into the form field; the blocks editor shows the copied text.
  await deskField('title').getByTestId('copy-source').click();
  await expect(title.inputValue()).resolves.toBe(ENGLISH.title);
  await deskField('body').getByTestId('copy-source').click();
  await session.page.waitForFunction(
    (expected) => {
      const editor = document.querySelector('main form [data-slate-editor="true"]') as HTMLElement | null;
      return editor !== null && expected.every((paragraph) => editor.innerText.includes(paragraph));
    },
    ENGLISH.paragraphs,
    { timeout: 15000 }
  );
  expect(await directionOf(body)).toBe('rtl');
  await saveScreenshot(session.page, 'translator-desk-copied-ar', { fullPage: true });

  await saveButton().click();
  const stored = await eventually(() => storedArabic(missingId), (row) => row?.title === ENGLISH.title);
  expect(stored).toMatchObject({ locale: 'ar', title: ENGLISH.title, body: BODY });
  // The English is untouched, and the translation now exists: a draft, no longer missing.
  expect((await session.app.strapi.db.query(ARTICLE).findOne({ where: { documentId: missingId, locale: 'en', publishedAt: null } })).title).toBe(ENGLISH.title);
  await session.page.waitForFunction(() => document.querySelector('[data-testid="source-text-panel"]')?.getAttribute('data-status') === 'draft', null, {
    timeout: 15000,
  });

  // The seed article is outdated: the desk shows the English title before and now.
  const outdated = await openFromQueue(session.seedArticleId, 'outdated');
  expect(await directionOf(outdated.title)).toBe('rtl');
  const change = deskField('title').getByTestId('changed-field-title');
  await change.waitFor();
  await expect(change.getByTestId('before').textContent()).resolves.toBe(SEED_TITLE);
  await expect(change.getByTestId('after').textContent()).resolves.toBe(NEW_SEED_TITLE);
  await expect(deskField('title').textContent()).resolves.toContain('تغيّر');
  expect(await deskField('summary').getAttribute('data-changed')).toBe('false');
  await saveScreenshot(session.page, 'translator-desk-outdated-ar', { fullPage: true });

  expect(missingMessages).toEqual([]);
});

test('in the English interface, an outdated translation shows what changed; an English translation the translator may not change shows its Arabic source without copies; the original shows no desk', async () => {
  await logInToAdmin(session.page, session.baseUrl, translator.email, translator.password);
  await openFromQueue(session.seedArticleId, 'outdated');
  await session.page.getByText('Source text (English)', { exact: true }).waitFor();
  expect(await desk().getAttribute('data-status')).toBe('outdated');
  expect(await deskField('title').getAttribute('data-changed')).toBe('true');
  await expect(deskField('title').getByTestId('changed-field-title').getByTestId('after').textContent()).resolves.toBe(NEW_SEED_TITLE);
  expect(await deskField('title').getByTestId('copy-source').isEnabled()).toBe(true);
  await saveScreenshot(session.page, 'translator-desk-outdated-en', { fullPage: true });

  // The English of a place written in Arabic first: its source is the Arabic, right to left; the
  // translator writes Arabic only, so she reads it without the copies.
  await session.page.goto(`${session.baseUrl}/admin/content-manager/collection-types/${LOCATION}/${arabicFirstId}?plugins[i18n][locale]=en`);
  await desk().waitFor({ timeout: 60000 });
  expect(await desk().getAttribute('data-source-locale')).toBe('ar');
  await session.page.getByText('Source text (Arabic)', { exact: true }).waitFor();
  const arabicName = deskField('name').getByTestId('source-value');
  await expect(arabicName.textContent()).resolves.toBe(ARABIC_PLACE.name);
  expect(await directionOf(arabicName)).toBe('rtl');
  expect(await deskField('name').getByTestId('copy-source').isDisabled()).toBe(true);
  await desk().getByTestId('source-text-read-only').waitFor();
  await saveScreenshot(session.page, 'translator-desk-read-only-en', { fullPage: true });

  // The English original of the seed article translates nothing: no desk, once its answer is in.
  const answered = session.page.waitForResponse((response) => response.url().includes(`/translation-workflow/source/`) && response.url().endsWith('/en'));
  await session.page.goto(`${session.baseUrl}/admin/content-manager/collection-types/${ARTICLE}/${session.seedArticleId}?plugins[i18n][locale]=en`);
  expect(await (await answered).json()).toEqual({ data: null });
  await session.page.getByTestId('locale-status-en').waitFor({ timeout: 60000 });
  expect(await desk().count()).toBe(0);
});
