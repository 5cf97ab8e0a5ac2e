import type { Locator } from 'playwright-core';
import { useDemoAdminPanel } from '../helpers/admin-panel';
import { createAdminUser } from '../helpers/auth';
import { logInToAdmin } from '../helpers/browser';
import { eventually } from '../helpers/eventually';

/**
 * The incident linker's side panels in the article and incident edit views: an editor links the
 * seed article's incidents from the suggestions and the search, changes a role and unlinks, in
 * English, then sees the link on the Arabic entry; a translator, with the Arabic interface, sees
 * links without the means to change them. Every change is checked in the database too.
 */
const incidentIds: Record<'maarat' | 'orem' | 'khanSheikhoun', string> = { maarat: '', orem: '', khanSheikhoun: '' };

const LINK = 'plugin::incident-linker.link';
const editor = { email: 'editor@test.example', password: 'Editor-Password-1' };
const translator = { email: 'translator@test.example', password: 'Translator-Password-1' };
const TITLES = {
  maarat: {
    en: 'Russian airstrikes on Maarat Alnouman with white phosphorus and cluster bombs',
    ar: 'غارات روسية على معرة النعمان بالفوسفور الأبيض والقنابل العنقودية',
  },
  orem: { en: 'Massacre in Orem Allouz: Russian jets bomb the town' },
  khanSheikhoun: { en: 'Chemical weapons attack on Khan Sheikoun', ar: 'الهجوم بالسلاح الكيميائي على خان شيخون' },
};

const session = useDemoAdminPanel(async ({ app, seedArticleId }) => {
  for (const key of Object.keys(incidentIds) as (keyof typeof incidentIds)[]) {
    const incident = await app.strapi.db.query('api::incident.incident').findOne({ where: { locale: 'en', title: TITLES[key].en } });
    incidentIds[key] = incident.documentId;
  }
  // The demo links the seed article to its incidents; this file links them from scratch.
  const linker = app.strapi.plugin('incident-linker').service('links');
  for (const link of await app.strapi.db.query(LINK).findMany({ where: { articleDocumentId: seedArticleId } })) await linker.unlink(link.id);
  await createAdminUser(app.strapi, 'strapi-editor', editor);
  // The translator works in the Arabic interface, which the admin panel applies at login.
  await createAdminUser(app.strapi, 'translator', translator, { preferedLanguage: 'ar' });
});

const editView = (uid: string, documentId: string, locale: string) =>
  `${session.baseUrl}/admin/content-manager/collection-types/${uid}/${documentId}?plugins[i18n][locale]=${locale}`;
const articleView = (locale: string) => editView('api::article.article', session.seedArticleId, locale);
const row = (panel: Locator, testId: string, incidentId: string) => panel.locator(`[data-testid="${testId}"][data-incident="${incidentId}"]`);
const linksOfArticle = () =>
  session.app.strapi.db.query(LINK).findMany({ where: { articleDocumentId: session.seedArticleId }, select: ['incidentDocumentId', 'role'], orderBy: { id: 'asc' } });

test('an editor links, re-roles and unlinks incidents on the English article, and sees the link on the Arabic one', async () => {
  await logInToAdmin(session.page, session.baseUrl, editor.email, editor.password);
  await session.page.goto(articleView('en'));
  const panel = session.page.getByTestId('incident-linker-article-panel');
  await panel.waitFor({ timeout: 60000 });
  expect(await panel.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');

  // The seed article's own incidents are suggested, with why: Maarat Alnouman is named in its text.
  // It ranks below the first few (Hama's incidents match more weapon words), so the list is opened.
  await panel.getByTestId('suggestion').first().waitFor();
  expect(await panel.getByTestId('suggestion').count()).toBe(5);
  await panel.getByTestId('suggestions-toggle').click();
  expect(await panel.getByTestId('suggestion').count()).toBe(23);
  const suggestion = row(panel, 'suggestion', incidentIds.maarat);
  await suggestion.waitFor();
  await expect(suggestion.textContent()).resolves.toContain(TITLES.maarat.en);
  // Place names in the reason line are wrapped in Unicode isolates (U+2068…U+2069) for mixed-direction text.
  const reasons = (await suggestion.getByTestId('suggestion-reasons').textContent())?.replace(/[\u2068\u2069]/g, '');
  expect(reasons).toContain('names Maarat Alnouman');

  // One click links it; the suggestion then says it is linked and offers nothing more.
  await suggestion.getByTestId('link-button').click();
  await row(panel, 'linked-incident', incidentIds.maarat).waitFor();
  await suggestion.getByTestId('linked-badge').waitFor();
  expect(await suggestion.getByTestId('link-button').count()).toBe(0);
  expect(await linksOfArticle()).toEqual([{ incidentDocumentId: incidentIds.maarat, role: 'mentions' }]);

  // A second incident, found by the search box.
  await panel.getByTestId('incident-search').fill('Orem Allouz');
  await row(panel, 'search-result', incidentIds.orem).getByTestId('link-button').click();
  await row(panel, 'linked-incident', incidentIds.orem).waitFor();
  await row(panel, 'search-result', incidentIds.orem).getByTestId('linked-badge').waitFor();
  expect(await linksOfArticle()).toEqual([
    { incidentDocumentId: incidentIds.maarat, role: 'mentions' },
    { incidentDocumentId: incidentIds.orem, role: 'mentions' },
  ]);

  // The first becomes the primary report.
  const maarat = row(panel, 'linked-incident', incidentIds.maarat);
  await maarat.getByTestId('role-select').selectOption('primary-report');
  const roles = await eventually(linksOfArticle, (links) => links[0]?.role === 'primary-report');
  expect(roles).toEqual([
    { incidentDocumentId: incidentIds.maarat, role: 'primary-report' },
    { incidentDocumentId: incidentIds.orem, role: 'mentions' },
  ]);

  // The second is unlinked.
  await row(panel, 'linked-incident', incidentIds.orem).getByTestId('unlink-button').click();
  await row(panel, 'linked-incident', incidentIds.orem).waitFor({ state: 'detached' });
  expect(await panel.getByTestId('linked-incident').count()).toBe(1);
  expect(await linksOfArticle()).toEqual([{ incidentDocumentId: incidentIds.maarat, role: 'primary-report' }]);
  // The list shows what the server holds after its reload, not only what was chosen.
  await expect(maarat.getByTestId('role-select').inputValue()).resolves.toBe('primary-report');

  // The Arabic entry has the same link, titled in Arabic, laid out right to left.
  await session.page.goto(articleView('ar'));
  const arabic = session.page.getByTestId('incident-linker-article-panel');
  const linked = row(arabic, 'linked-incident', incidentIds.maarat);
  await linked.waitFor({ timeout: 60000 });
  await expect(linked.textContent()).resolves.toContain(TITLES.maarat.ar);
  // The interface's English date and the entry's Arabic place are isolated from each other.
  const whenWhere = linked.getByTestId('incident-when-where').locator('bdi');
  await expect(whenWhere.allTextContents()).resolves.toEqual(['Apr 9, 2017', 'معرة النعمان']);
  await expect(whenWhere.first().getAttribute('dir')).resolves.toBe('ltr');
  expect(await linked.getByTestId('fallback-marker').count()).toBe(0);
  await expect(linked.getByTestId('role-select').inputValue()).resolves.toBe('primary-report');
  expect(await arabic.getByTestId('linked-incident').count()).toBe(1);
  expect(await arabic.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');

  // And the incident's own edit view lists the article that covers it.
  await session.page.goto(editView('api::incident.incident', incidentIds.maarat, 'en'));
  const covered = session.page.getByTestId('incident-linker-incident-panel');
  await covered.getByTestId('linked-article').waitFor({ timeout: 60000 });
  await expect(covered.getByTestId('link-role').textContent()).resolves.toContain('Primary report');
});

test('a translator, in the Arabic interface, sees the links of the Arabic article but cannot change them', async () => {
  await session.app.strapi
    .plugin('incident-linker')
    .service('links')
    .link({ article: session.seedArticleId, incident: incidentIds.khanSheikhoun, role: 'follow-up' });

  await logInToAdmin(session.page, session.baseUrl, translator.email, translator.password);
  await session.page.goto(articleView('ar'));
  const panel = session.page.getByTestId('incident-linker-article-panel');
  const linked = row(panel, 'linked-incident', incidentIds.khanSheikhoun);
  await linked.waitFor({ timeout: 60000 });

  await expect(session.page.getByRole('heading', { name: 'الحوادث المرتبطة' }).count()).resolves.toBe(1);
  await expect(linked.textContent()).resolves.toContain(TITLES.khanSheikhoun.ar);
  await expect(linked.getByTestId('link-role').textContent()).resolves.toBe('متابعة');
  expect(await panel.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  for (const control of ['role-select', 'unlink-button', 'link-button', 'incident-search', 'suggestion']) {
    expect({ control, count: await panel.getByTestId(control).count() }).toEqual({ control, count: 0 });
  }
  expect(await session.app.strapi.db.query(LINK).count({ where: { articleDocumentId: session.seedArticleId, incidentDocumentId: incidentIds.khanSheikhoun } })).toBe(1);
});
