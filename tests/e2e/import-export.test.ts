import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { INCIDENT } from '../../src/uids';
import { useDemoAdminPanel } from '../helpers/admin-panel';
import { createAdminUser } from '../helpers/auth';
import { logInToAdmin, saveScreenshot } from '../helpers/browser';

/**
 * The Import & Export page: an editor opens it from the menu, previews a spreadsheet with
 * problems (each listed where it is, nothing can be written), then a clean one (what it would
 * create), commits it and watches the progress bar reach its end, and follows the result's link to
 * the incident it created. In Arabic the page reads right to left and an import updates an
 * incident it finds by its external id. Translators do not see the page in the menu.
 */

const editor = { email: 'editor@test.example', password: 'Editor-Password-1' };
const arabicEditor = { email: 'editor-ar@test.example', password: 'Editor-Password-2' };
const translator = { email: 'translator@test.example', password: 'Translator-Password-1' };

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'data-exchange');
const fixture = (name: string) => path.join(FIXTURES, name);
const PAGE_NAME = { en: 'Import & Export', ar: 'الاستيراد والتصدير' };

/** Already in the record before the Arabic editor's import, which updates its figures. */
const EXISTING = {
  externalId: 'e2e-ar-001',
  title: 'Shelling of Ariha (browser test)',
  date: '2017-04-12',
  verificationStatus: 'reported',
  casualties: { killedMin: 4, killedMax: 5 },
};

const session = useDemoAdminPanel(async ({ app }) => {
  await createAdminUser(app.strapi, 'strapi-editor', editor);
  await createAdminUser(app.strapi, 'strapi-editor', arabicEditor, { preferedLanguage: 'ar' });
  await createAdminUser(app.strapi, 'translator', translator);
  await app.strapi.documents(INCIDENT).create({ locale: 'en', data: EXISTING } as any);
});

const incidentByExternalId = (externalId: string) =>
  session.app.strapi.db.query(INCIDENT).findOne({ where: { externalId, locale: 'en', publishedAt: null }, populate: ['casualties'] });

/** Opens the page the way a person does: from the main menu. */
async function openFromMenu(page: Page, name: string) {
  await page.goto(`${session.baseUrl}/admin`);
  const link = page.getByRole('link', { name });
  await link.waitFor({ timeout: 60000 });
  await link.click();
  await page.waitForURL((url) => url.pathname === '/admin/import-export');
  // The mappings have loaded once the form shows.
  await page.getByTestId('import-form').waitFor({ timeout: 60000 });
}

/** Picks a file and the native incident columns, and previews it. */
async function preview(page: Page, file: string, mappingName: string) {
  await page.setInputFiles('[data-testid="import-file"]', fixture(file));
  await page.getByTestId('chosen-file').filter({ hasText: file }).waitFor();
  await page.getByRole('combobox', { name: /^(Columns|الأعمدة)$/ }).click();
  await page.getByRole('option', { name: mappingName }).click();
  await page.getByTestId('import-preview').click();
  const result = page.getByTestId('import-preview-result');
  await result.filter({ hasText: file }).waitFor({ timeout: 60000 });
  return result;
}

/** Commits the previewed import and waits for the bar to reach its end and the result to show. */
async function commit(page: Page) {
  await page.getByTestId('import-commit').click();
  const bar = page.locator('[data-testid="import-progress"][role="progressbar"]');
  await bar.waitFor({ timeout: 15000 });
  await page.locator('[data-testid="import-progress"][aria-valuenow="100"]').waitFor({ timeout: 60000 });
  // The bar is drawn full: its indicator (which slides there) covers it end to end.
  await bar.locator('div').evaluate(
    (indicator) =>
      new Promise<void>((resolve) => {
        const atRest = () => {
          const [bar, fill] = [indicator.parentElement!.getBoundingClientRect(), indicator.getBoundingClientRect()];
          return Math.abs(bar.left - fill.left) < 1 && Math.abs(bar.right - fill.right) < 1;
        };
        const check = () => (atRest() ? resolve() : requestAnimationFrame(check));
        check();
      })
  );
  await page.getByTestId('import-result').waitFor({ timeout: 15000 });
  const count = page.getByTestId('import-progress-count');
  expect(await count.getAttribute('data-done')).toBe(await count.getAttribute('data-total'));
  return bar;
}

/** The whole page in one picture: the panel scrolls inside its own frame, so the window is made tall enough for it. */
async function screenshotWhole(page: Page, name: string) {
  const height = await page.evaluate(() => Math.max(...Array.from(document.querySelectorAll('main, main *'), (element) => element.scrollHeight)));
  await page.setViewportSize({ width: 1440, height: Math.min(Math.max(height + 100, 1000), 4000) });
  await saveScreenshot(page, name);
  await page.setViewportSize({ width: 1440, height: 1000 });
}

const rowOf = (page: Page, row: number, column: string) => page.locator(`[data-testid="problem-row"][data-row="${row}"][data-column="${column}"]`);

test('an editor previews a file with problems (nothing can be written), then imports a clean one and opens what it created', async () => {
  const { page } = session;
  await logInToAdmin(page, session.baseUrl, editor.email, editor.password);
  await openFromMenu(page, PAGE_NAME.en);
  expect(await page.locator('h1').first().textContent()).toBe(PAGE_NAME.en);

  // The mapping says what it reads: its description and its columns, on demand.
  await page.getByRole('combobox', { name: 'Columns' }).click();
  await page.getByRole('option', { name: 'Incidents, in this CMS’s columns' }).click();
  await page.getByTestId('mapping-columns-toggle').click();
  await page.locator('[data-testid="mapping-column"][data-column="external_id"]').waitFor();
  expect(await page.locator('[data-testid="mapping-column"][data-column="title"]').count()).toBe(1);

  // A file with an incident type nobody has and a date that is no date: both listed, where they are.
  let result = await preview(page, 'e2e-incidents-with-errors.csv', 'Incidents, in this CMS’s columns');
  await expect(result.getByTestId('import-rows').textContent()).resolves.toBe('2 rows read');
  const badDate = rowOf(page, 3, 'date');
  await badDate.waitFor();
  await expect(badDate.getByTestId('problem-value').textContent()).resolves.toBe('2017-13-05');
  // Said by the page from the problem's code, as the interface speaks.
  await expect(badDate.getByTestId('problem-reason').getAttribute('data-code')).resolves.toBe('not-a-date');
  await expect(badDate.getByTestId('problem-reason').textContent()).resolves.toBe('Not a date: write it as YYYY-MM-DD, such as 2017-04-09');
  const badType = rowOf(page, 2, 'incident_type');
  await expect(badType.getByTestId('problem-value').textContent()).resolves.toBe('shellin');
  await expect(badType.getByTestId('problem-suggestions').textContent()).resolves.toContain('shelling');
  // The column the mapping does not read is named, and all or nothing: no button to write with.
  await expect(result.getByTestId('ignored-column').allTextContents()).resolves.toEqual(['reporter_notes']);
  await result.getByTestId('import-blocked').waitFor();
  expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
  await screenshotWhole(page, 'import-export-problems-en');
  expect(await incidentByExternalId('e2e-bad-001')).toBeNull();

  // The corrected file: two incidents to create, no problem.
  result = await preview(page, 'e2e-incidents.csv', 'Incidents, in this CMS’s columns');
  expect(await page.getByTestId('problem-row').count()).toBe(0);
  const summary = page.locator(`[data-testid="summary-row"][data-type="${INCIDENT}"]`);
  await expect(summary.getByTestId('summary-create').getAttribute('data-count')).resolves.toBe('2');
  await expect(page.locator('[data-testid="record-row"][data-action="create"]').count()).resolves.toBe(2);
  expect(await page.getByTestId('import-commit').textContent()).toBe('Import 2 rows');
  expect(await page.getByTestId('import-commit').isDisabled()).toBe(false);
  await screenshotWhole(page, 'import-export-preview-en');

  await commit(page);
  await expect(page.getByTestId('import-result-summary').textContent()).resolves.toBe('2 created, 0 updated, 0 unchanged');
  await screenshotWhole(page, 'import-export-result-en');
  const created = await incidentByExternalId('e2e-001');
  expect(created).toMatchObject({ title: 'Shelling of the Kafr Nabl market (browser test)', date: '2017-04-20' });
  expect(created.casualties).toMatchObject({ killedMin: 3, killedMax: 5 });

  // The export: the incidents as CSV (the form's defaults), downloaded with the editor's token, in the columns the import reads.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-download').click()]);
  expect(download.suggestedFilename()).toMatch(/^incidents-\d{4}-\d{2}-\d{2}\.csv$/);
  const exported = (await readFile(await download.path())).toString('utf8');
  expect(exported.split('\n')[0]).toMatch(/^\ufeffdocument_id,external_id,status,title,title__ar,/);
  expect(exported).toContain(`${created.documentId},e2e-001,draft,${created.title},`);

  // The result links to what it created, in the Content Manager.
  const link = page.locator(`[data-testid="import-result-record"][data-document-id="${created.documentId}"]`).getByTestId('import-result-link');
  expect(await link.textContent()).toBe(created.title);
  await link.click();
  await page.waitForURL((url) => url.pathname === `/admin/content-manager/collection-types/${INCIDENT}/${created.documentId}`);
  const title = page.locator('input[name="title"]');
  await title.waitFor({ timeout: 60000 });
  await expect(title.inputValue()).resolves.toBe(created.title);
});

test('in Arabic, the page reads right to left, lists problems, and an import updates the incident it finds by its external id', async () => {
  const { page } = session;
  await logInToAdmin(page, session.baseUrl, arabicEditor.email, arabicEditor.password);
  await openFromMenu(page, PAGE_NAME.ar);
  expect(await page.getByTestId('import-export-page').evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  const mappingName = 'الحوادث، بأعمدة هذا النظام';

  await preview(page, 'e2e-incidents-with-errors.csv', mappingName);
  await rowOf(page, 3, 'date').waitFor();
  expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
  // The reasons in Arabic, from their codes, reading right to left; the file's values inside them keep their own order.
  const dateReason = rowOf(page, 3, 'date').getByTestId('problem-reason');
  await expect(dateReason.getAttribute('data-code')).resolves.toBe('not-a-date');
  await expect(dateReason.textContent()).resolves.toBe('القيمة ليست تاريخاً: اكتب التاريخ بالصيغة \u2066YYYY-MM-DD\u2069، مثل \u20662017-04-09\u2069');
  expect(await dateReason.locator('span').evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  await expect(rowOf(page, 2, 'incident_type').getByTestId('problem-reason').textContent()).resolves.toBe(
    'القيمة ليست مفتاحاً أو تسمية أو اسماً آخر لأي مصطلح في هذه القائمة'
  );
  await screenshotWhole(page, 'import-export-problems-ar');

  await preview(page, 'e2e-incidents-arabic.csv', mappingName);
  await page.locator('[data-testid="record-row"][data-action="update"]').waitFor();
  await expect(page.locator('[data-testid="record-row"][data-action="create"]').count()).resolves.toBe(1);
  await screenshotWhole(page, 'import-export-preview-ar');

  const bar = await commit(page);
  // Filled from the right, as the page reads.
  expect(await bar.evaluate((element) => getComputedStyle(element).transform)).toBe('matrix(-1, 0, 0, 1, 0, 0)');
  await screenshotWhole(page, 'import-export-result-ar');
  const updated = await incidentByExternalId(EXISTING.externalId);
  expect(updated.casualties).toMatchObject({ killedMin: 4, killedMax: 7 });
  expect(updated.verificationStatus).toBe('corroborated');
  await expect(page.getByTestId('import-result-link').count()).resolves.toBe(2);

  // Another file starts from a fresh form.
  await page.getByTestId('import-another').click();
  await page.getByTestId('import-form').waitFor();
  await expect(page.getByTestId('chosen-file').textContent()).resolves.toBe('لم يُختر ملف');
});

test('a translator does not see the Import & Export page in the menu', async () => {
  const { page } = session;
  await logInToAdmin(page, session.baseUrl, translator.email, translator.password);
  await page.goto(`${session.baseUrl}/admin`);
  // The menu's links are shown once their permissions are checked: the Translations page is hers.
  await page.getByRole('link', { name: 'Translations', exact: true }).waitFor({ timeout: 60000 });
  expect(await page.getByRole('link', { name: PAGE_NAME.en }).count()).toBe(0);
});
