import type { Locator } from 'playwright-core';
import { ARTICLE } from '../../src/uids';
import { useDemoAdminPanel } from '../helpers/admin-panel';
import { createAdminUser } from '../helpers/auth';
import { logInToAdmin } from '../helpers/browser';
import { eventually } from '../helpers/eventually';

/**
 * The translation workflow in the admin panel: an editor changes the seed article's English text;
 * a translator finds it outdated in the Translations queue, reads what changed in the entry's
 * Translation panel, brings the Arabic up to date (by editing it, or as still correct) and sees it
 * leave the queue; she cannot edit the English entry. Arabic entries are edited right to left,
 * English ones left to right, whichever language the interface speaks.
 */

const editor = { email: 'editor@test.example', password: 'Editor-Password-1' };
// One translator works in the English interface, the other in the Arabic one (applied at login).
const translator = { email: 'translator@test.example', password: 'Translator-Password-1' };
const arabicTranslator = { email: 'translator-ar@test.example', password: 'Translator-Password-2' };
const TITLES = {
  en: 'Russian Jets Hit Syrians with Cluster Bombs & White Phosphorus in Revenge Attacks',
  ar: 'طائرات روسية تقصف السوريين بالقنابل العنقودية والفوسفور الأبيض في هجمات انتقامية',
};

const session = useDemoAdminPanel(async ({ app }) => {
  await createAdminUser(app.strapi, 'strapi-editor', editor);
  await createAdminUser(app.strapi, 'translator', translator);
  await createAdminUser(app.strapi, 'translator', arabicTranslator, { preferedLanguage: 'ar' });
});

const queueUrl = () => `${session.baseUrl}/admin/plugins/translation-workflow`;
const articleView = (locale: string) => `${session.baseUrl}/admin/content-manager/collection-types/${ARTICLE}/${session.seedArticleId}?plugins[i18n][locale]=${locale}`;
const queueRow = (status?: string) =>
  session.page.locator(`[data-testid="queue-row"][data-document-id="${session.seedArticleId}"]${status ? `[data-status="${status}"]` : ''}`);
const directionOf = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).direction);
const storedArticle = (locale: string) => session.app.strapi.db.query(ARTICLE).findOne({ where: { documentId: session.seedArticleId, locale, publishedAt: null } });

/** An editor's change to the English entry, through the admin API the Content Manager uses. */
async function editEnglish(data: Record<string, unknown>) {
  const login = await fetch(`${session.baseUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(editor),
  });
  const { data: editorSession } = (await login.json()) as { data: { token: string } };
  const response = await fetch(`${session.baseUrl}/content-manager/collection-types/${ARTICLE}/${session.seedArticleId}?locale=en`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${editorSession.token}` },
    body: JSON.stringify(data),
  });
  expect(response.status).toBe(200);
}

/** The edit view's title input and blocks editor (Slate's editable, read-only or not), once the entry has loaded. */
async function editorFields() {
  const title = session.page.locator('input[name="title"]');
  await title.waitFor({ timeout: 60000 });
  const body = session.page.locator('main form [data-slate-editor="true"]');
  await body.waitFor();
  return { title, body };
}

/** The queue has answered once its counts show (numbers in the interface language's digits). */
async function openQueue() {
  await session.page.goto(queueUrl());
  await session.page.waitForFunction(() => {
    const count = document.querySelector('[data-testid="queue-count-outdated"] [data-testid="count"]')?.textContent;
    return count !== undefined && count !== '…';
  }, null, { timeout: 60000 });
}

test('a translator finds the article outdated after an English edit, updates the Arabic title, and it leaves the queue', async () => {
  const newTitle = 'Russian Jets Hit Syrians with Cluster Bombs and White Phosphorus';
  const arabicTitle = 'طائرات روسية تقصف السوريين بالقنابل العنقودية والفوسفور الأبيض';
  await editEnglish({ title: newTitle });

  await logInToAdmin(session.page, session.baseUrl, translator.email, translator.password);
  await openQueue();
  const queue = session.page.getByTestId('translation-queue');
  await queueRow('outdated').waitFor();
  expect(await directionOf(queue)).toBe('ltr');
  await expect(queueRow().getByTestId('changed-fields').textContent()).resolves.toContain('title');
  // The Arabic title is the one listed: the queue is for translation into Arabic by default.
  await expect(queueRow().getByTestId('entry-title').textContent()).resolves.toBe(TITLES.ar);
  expect(Number(await session.page.getByTestId('queue-count-outdated').getByTestId('count').textContent())).toBeGreaterThanOrEqual(1);
  // Every other document of the demo content is translated and published: nothing else is to do.
  expect(await session.page.getByTestId('queue-row').count()).toBe(1);

  // The row opens the Arabic entry.
  await queueRow().click();
  await session.page.waitForURL((url) => url.pathname.endsWith(`/${ARTICLE}/${session.seedArticleId}`) && url.search.includes('plugins[i18n][locale]=ar'));
  const { title, body } = await editorFields();
  expect(await directionOf(title)).toBe('rtl');
  expect(await directionOf(body)).toBe('rtl');

  // The panel says what changed in the English since the translation, old and new side by side.
  const panel = session.page.getByTestId('translation-status-panel');
  const arabic = panel.getByTestId('locale-status-ar');
  await arabic.waitFor({ timeout: 60000 });
  expect(await arabic.getAttribute('data-status')).toBe('outdated');
  // The editor saved the English change without publishing it: a draft until published.
  expect(await panel.getByTestId('locale-status-en').getAttribute('data-status')).toBe('draft');
  const change = arabic.getByTestId('changed-field-title');
  await expect(change.getByTestId('before').textContent()).resolves.toBe(TITLES.en);
  await expect(change.getByTestId('after').textContent()).resolves.toBe(newTitle);
  expect(await directionOf(change.getByTestId('after'))).toBe('ltr');
  expect(await directionOf(panel)).toBe('rtl');

  // She brings the Arabic title up to date and saves; the value typed is the value stored.
  await title.fill(arabicTitle);
  await session.page.getByRole('button', { name: 'Save' }).click();
  expect((await eventually(() => storedArticle('ar'), (stored) => stored?.title === arabicTitle))?.title).toBe(arabicTitle);
  await session.page.waitForFunction(() => document.querySelector('[data-testid="locale-status-ar"]')?.getAttribute('data-status') !== 'outdated', null, {
    timeout: 15000,
  });
  expect(await arabic.getByTestId('changed-field-title').count()).toBe(0);
  // Catching up is not a new edit: the English does not become outdated in turn.
  expect(await panel.getByTestId('locale-status-en').getAttribute('data-status')).toBe('draft');

  // Back in the queue, the article is no longer outdated.
  await openQueue();
  expect(await queueRow('outdated').count()).toBe(0);
  await expect(session.page.getByTestId('queue-count-outdated').getByTestId('count').textContent()).resolves.toBe('0');
});

test('the translator cannot edit the English entry, which stays left to right', async () => {
  await logInToAdmin(session.page, session.baseUrl, translator.email, translator.password);
  await session.page.goto(articleView('en'));
  const { title, body } = await editorFields();
  await expect(title.inputValue()).resolves.not.toBe('');
  expect(await directionOf(title)).toBe('ltr');
  expect(await directionOf(body)).toBe('ltr');

  // The Content Manager shows the English entry read-only to her: the fields cannot be changed, so
  // there is nothing to save.
  expect(await title.isDisabled()).toBe(true);
  expect(await body.getAttribute('contenteditable')).toBe('false');
  expect(await session.page.getByRole('button', { name: 'Save' }).isDisabled()).toBe(true);
  // Nor is she offered a way to change its status panel's English line.
  await session.page.getByTestId('locale-status-en').waitFor({ timeout: 60000 });
  expect(await session.page.getByTestId('locale-status-en').getByTestId('still-correct').count()).toBe(0);
});

test('in the Arabic interface, a translator marks an outdated translation still correct; directions follow the entry, not the interface', async () => {
  // The summary and the body change; the body (blocks) is shown as its paragraphs and list items.
  const seedBody = (await storedArticle('en'))?.body as { children: { text: string }[] }[];
  await editEnglish({
    summary: 'A statement of the Syrian Coalition on the Russian strikes of 9 April 2017, corrected.',
    body: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Russian jets struck towns of Hama and Idlib.' }] },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'Maarat Alnouman' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'Khan ' }, { type: 'text', text: 'Sheikhoun', bold: true }] },
        ],
      },
    ],
  });

  await logInToAdmin(session.page, session.baseUrl, arabicTranslator.email, arabicTranslator.password);
  await openQueue();
  const queue = session.page.getByTestId('translation-queue');
  await queueRow('outdated').waitFor();
  await session.page.getByRole('heading', { name: 'الترجمات' }).waitFor();
  expect(await directionOf(queue)).toBe('rtl');
  await expect(queueRow().getByTestId('changed-fields').textContent()).resolves.toMatch(/summary.*body|body.*summary/);

  // Counts filter the queue: outdated only, then the article is the row listed.
  await session.page.getByTestId('queue-count-outdated').click();
  await session.page.waitForURL((url) => url.search.includes('status=outdated'));
  await queueRow('outdated').waitFor();

  await queueRow().getByRole('link').click();
  const { title, body } = await editorFields();
  expect(await directionOf(title)).toBe('rtl');
  expect(await directionOf(body)).toBe('rtl');

  const arabic = session.page.getByTestId('locale-status-ar');
  await arabic.getByTestId('changed-field-summary').waitFor({ timeout: 60000 });
  await expect(session.page.getByRole('heading', { name: 'الترجمة', exact: true }).count()).resolves.toBe(1);
  const bodyChange = arabic.getByTestId('changed-field-body');
  await expect(bodyChange.getByTestId('after').locator('p').allTextContents()).resolves.toEqual([
    'Russian jets struck towns of Hama and Idlib.',
    'Maarat Alnouman',
    'Khan Sheikhoun',
  ]);
  await expect(bodyChange.getByTestId('before').locator('p').first().textContent()).resolves.toBe(seedBody[0].children.map(({ text }) => text).join(''));
  const arabicBefore = await storedArticle('ar');
  await arabic.getByTestId('still-correct').click();
  await session.page.waitForFunction(() => document.querySelector('[data-testid="locale-status-ar"]')?.getAttribute('data-status') !== 'outdated', null, {
    timeout: 15000,
  });
  // "Still correct" changes no text.
  expect((await storedArticle('ar'))?.summary).toBe(arabicBefore?.summary);

  await openQueue();
  expect(await queueRow('outdated').count()).toBe(0);

  // The English entry is left to right in the Arabic interface too.
  await session.page.goto(articleView('en'));
  const english = await editorFields();
  expect(await directionOf(english.title)).toBe('ltr');
  expect(await directionOf(english.body)).toBe('ltr');
});
