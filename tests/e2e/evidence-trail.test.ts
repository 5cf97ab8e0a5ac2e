import type { Locator } from 'playwright-core';
import request from 'supertest';
import { ARTICLE } from '../../src/uids';
import { useDemoAdminPanel } from '../helpers/admin-panel';
import { createAdminUser } from '../helpers/auth';
import { logInToAdmin, saveScreenshot } from '../helpers/browser';
import { eventually } from '../helpers/eventually';

/**
 * The evidence trail in the admin panel: an editor working in the Arabic interface opens the seed
 * article's History panel and reads its latest change, the Arabic summary before and after, side
 * by side and right to left; a super admin finds a translator's refused write on the audit page.
 */

const editor = { email: 'editor-ar@test.example', password: 'Editor-Password-1' };
const translator = { email: 'translator@test.example', password: 'Translator-Password-1' };
const superAdmin = { email: 'auditor@test.example', password: 'Auditor-Password-1' };
const arabicSuperAdmin = { email: 'auditor-ar@test.example', password: 'Auditor-Password-2' };
const NEW_SUMMARY = 'بيان الائتلاف السوري حول الغارات الروسية في التاسع من نيسان 2017، بعد التصحيح.';

const session = useDemoAdminPanel(async ({ app }) => {
  // The editor works in the Arabic interface, which the admin panel applies at login.
  await createAdminUser(app.strapi, 'strapi-editor', editor, { preferedLanguage: 'ar' });
  await createAdminUser(app.strapi, 'translator', translator);
  await createAdminUser(app.strapi, 'strapi-super-admin', superAdmin);
  await createAdminUser(app.strapi, 'strapi-super-admin', arabicSuperAdmin, { preferedLanguage: 'ar' });
});

const articleView = (locale: string) => `${session.baseUrl}/admin/content-manager/collection-types/${ARTICLE}/${session.seedArticleId}?plugins[i18n][locale]=${locale}`;
const directionOf = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).direction);
const arabicDraft = () => session.app.strapi.db.query(ARTICLE).findOne({ where: { documentId: session.seedArticleId, locale: 'ar', publishedAt: null } });

test("in the Arabic interface, an editor reads the Arabic summary's change in the History panel, old and new side by side, right to left", async () => {
  const oldSummary = (await arabicDraft()).summary as string;
  await session.app.strapi.documents(ARTICLE).update({ documentId: session.seedArticleId, locale: 'ar', data: { summary: NEW_SUMMARY } } as any);

  await logInToAdmin(session.page, session.baseUrl, editor.email, editor.password);
  await session.page.goto(articleView('ar'));
  const panel = session.page.getByTestId('evidence-trail-history-panel');
  await panel.waitFor({ timeout: 60000 });
  expect(await directionOf(panel)).toBe('rtl');
  // The panel's title and words are the Arabic interface's.
  await session.page.getByText('السجلّ', { exact: true }).waitFor();

  // Newest first: the change just made, by the server's own code (no one was signed in to make it).
  const newest = panel.getByTestId('history-entry').first();
  await newest.waitFor({ timeout: 60000 });
  expect(await newest.getAttribute('data-action')).toBe('update');
  await expect(newest.getByTestId('history-entry-actor').textContent()).resolves.toBe('الخادم');
  await expect(newest.getByTestId('history-entry-action').textContent()).resolves.toBe('تعديل');

  await newest.getByTestId('history-entry-summary').click();
  const change = newest.locator('[data-testid="field-change-summary"][data-locale="ar"][data-version="draft"]');
  await change.waitFor();
  // Named as the form names it, in the interface language, not by its schema name.
  await expect(change.locator('h4 bdi').first().textContent()).resolves.toBe('الملخص');
  const before = change.getByTestId('before');
  const after = change.getByTestId('after');
  await expect(before.textContent()).resolves.toBe(oldSummary);
  await expect(after.textContent()).resolves.toBe(NEW_SUMMARY);
  expect(await before.getAttribute('dir')).toBe('rtl');
  expect(await directionOf(after)).toBe('rtl');
  // Side by side: one row, the old value on the right (where Arabic starts), the new one on its left.
  const [beforeBox, afterBox] = [await before.boundingBox(), await after.boundingBox()];
  expect(Math.abs(beforeBox!.y - afterBox!.y)).toBeLessThan(5);
  expect(beforeBox!.x).toBeGreaterThan(afterBox!.x);
  // Offered the way back, and the whole history as a file.
  await newest.getByTestId('history-restore').waitFor();
  await panel.getByTestId('history-export').waitFor();

  await newest.scrollIntoViewIfNeeded();
  await saveScreenshot(session.page, 'evidence-trail-history-panel');
  await panel.screenshot({ path: '.tmp/screenshots/evidence-trail-history-panel-only.png' });
});

test("a super admin finds a translator's refused write on the audit page", async () => {
  // The translator tries to change a shared field (the section) from the Arabic entry: refused.
  const http = request(session.baseUrl);
  const login = await http.post('/admin/login').send(translator).expect(200);
  const refused = await http
    .put(`/content-manager/collection-types/${ARTICLE}/${session.seedArticleId}?locale=ar`)
    .set('Authorization', `Bearer ${login.body.data.token}`)
    .send({ section: 'analysis' });
  expect(refused.status).toBe(403);
  const translatorId = login.body.data.user.id as number;

  // The refusal is kept after the request has been answered: the audit's API is the judge of when.
  const auditor = (await http.post('/admin/login').send(superAdmin).expect(200)).body.data.token as string;
  const kept = await eventually(
    async () => (await http.get('/evidence-trail/refusals').query({ user: translatorId }).set('Authorization', `Bearer ${auditor}`)).body.data as unknown[],
    (found) => found.length > 0
  );
  expect(kept.length).toBeGreaterThan(0);

  await logInToAdmin(session.page, session.baseUrl, superAdmin.email, superAdmin.password);
  // The menu has the audit's link; it opens the page, filtered here by the translator.
  await session.page.locator('nav a[href$="/plugins/evidence-trail"]').waitFor({ timeout: 60000 });
  await session.page.goto(`${session.baseUrl}/admin/plugins/evidence-trail?user=${translatorId}`);
  const row = session.page.locator(`[data-testid="refusal-row"][data-document-id="${session.seedArticleId}"]`);
  await row.first().waitFor({ timeout: 60000 });
  await expect(row.first().getByTestId('refusal-actor').textContent()).resolves.toBe(translator.email);
  await expect(row.first().getByTestId('refusal-fields').textContent()).resolves.toContain('section');
  expect(await directionOf(session.page.getByTestId('evidence-trail-audit'))).toBe('ltr');
  await saveScreenshot(session.page, 'evidence-trail-audit', { fullPage: true });

  // In the Arabic interface the page is mirrored, its words Arabic; the row is the same.
  const arabicPage = await session.page.context().browser()!.newPage({ viewport: { width: 1440, height: 1000 } });
  try {
    await logInToAdmin(arabicPage, session.baseUrl, arabicSuperAdmin.email, arabicSuperAdmin.password);
    await arabicPage.goto(`${session.baseUrl}/admin/plugins/evidence-trail?user=${translatorId}`);
    await arabicPage.locator(`[data-testid="refusal-row"][data-document-id="${session.seedArticleId}"]`).first().waitFor({ timeout: 60000 });
    expect(await directionOf(arabicPage.getByTestId('evidence-trail-audit'))).toBe('rtl');
    await arabicPage.getByText('عمليات الكتابة المرفوضة').first().waitFor();
    await saveScreenshot(arabicPage, 'evidence-trail-audit-ar', { fullPage: true });
  } finally {
    await arabicPage.close();
  }
});

test('the editor restores the version before the latest change: the entry, the form and the history all show it', async () => {
  const kept = 'نصّ الملخّص الذي يُستعاد.';
  const overwritten = 'نصّ لاحق يحلّ محلّه.';
  for (const summary of [kept, overwritten]) {
    await session.app.strapi.documents(ARTICLE).update({ documentId: session.seedArticleId, locale: 'ar', data: { summary } } as any);
  }

  await logInToAdmin(session.page, session.baseUrl, editor.email, editor.password);
  await session.page.goto(articleView('ar'));
  const panel = session.page.getByTestId('evidence-trail-history-panel');
  const entries = panel.getByTestId('history-entry');
  await entries.nth(1).waitFor({ timeout: 60000 });
  // The second newest entry is the change that wrote the summary to keep.
  const previous = entries.nth(1);
  await previous.getByTestId('history-entry-summary').click();
  await expect(previous.locator('[data-testid="field-change-summary"][data-locale="ar"]').getByTestId('after').textContent()).resolves.toBe(kept);
  await previous.getByTestId('history-restore').click();
  // Asked first; the dialog's last button confirms.
  const dialog = session.page.getByRole('alertdialog');
  await dialog.waitFor();
  // Past the dialog's opening animation, for a screenshot that shows it.
  await session.page.waitForTimeout(500);
  await saveScreenshot(session.page, 'evidence-trail-restore-dialog');
  await dialog.getByRole('button').last().click();

  expect((await eventually(arabicDraft, (stored) => stored?.summary === kept))?.summary).toBe(kept);
  // The form beside the panel shows the restored text, so a Save would not write the old one back.
  await session.page.waitForFunction((text) => document.querySelector<HTMLTextAreaElement>('textarea[name="summary"]')?.value === text, kept, { timeout: 15000 });
  // The restore is the history's newest entry.
  await session.page.waitForFunction(() => document.querySelector('[data-testid="history-entry"]')?.getAttribute('data-action') === 'restore', null, { timeout: 15000 });
  await saveScreenshot(session.page, 'evidence-trail-restored');
});
