import type { Page } from 'playwright-core';
import { useDemoAdminPanel } from '../helpers/admin-panel';
import { createAdminUser } from '../helpers/auth';
import { logInToAdmin, saveScreenshot } from '../helpers/browser';

/**
 * The admin panel in both interface languages, as an editor walks it: the list and edit views of
 * every content type and the Translations page. No text id may be missing in either language, the
 * Arabic interface reads right to left with Arabic labels, descriptions and values, and a dateline
 * reads day, month, year in both. Screenshots of every screen land in .tmp/screenshots.
 */
const editors = {
  en: { email: 'editor-en@test.example', password: 'Editor-Password-1' },
  ar: { email: 'editor-ar@test.example', password: 'Editor-Password-2' },
};

const ids: Record<'incident' | 'location' | 'source', string> = { incident: '', location: '', source: '' };

const session = useDemoAdminPanel(async ({ app }) => {
  await createAdminUser(app.strapi, 'strapi-editor', editors.en, { preferedLanguage: 'en' });
  await createAdminUser(app.strapi, 'strapi-editor', editors.ar, { preferedLanguage: 'ar' });
  const first = (uid: string, where: object) => app.strapi.db.query(uid as any).findOne({ where: { locale: 'en', ...where } });
  ids.incident = (await first('api::incident.incident', { title: 'Chemical weapons attack on Khan Sheikoun' })).documentId;
  ids.location = (await first('api::location.location', { name: 'Khan Sheikhoun' })).documentId;
  ids.source = (await first('api::source.source', { confidential: true })).documentId;
});

const TYPES = ['article', 'incident', 'location', 'source', 'weapon', 'incident-type', 'actor', 'target-type'];

/** The ids react-intl reports missing, from the console, while `walk` runs. */
async function missingTranslations(page: Page, walk: () => Promise<void>): Promise<string[]> {
  const missing = new Set<string>();
  page.on('console', (message) => {
    const text = message.text();
    if (!text.includes('MISSING_TRANSLATION')) return;
    missing.add(/Missing message: "([^"]+)"/.exec(text)?.[1] ?? text);
  });
  try {
    await walk();
  } finally {
    if (process.env.SHOW_MISSING) console.log([...missing].sort().join('\n'));
  }
  return [...missing].sort();
}

const listView = (type: string) => `${session.baseUrl}/admin/content-manager/collection-types/api::${type}.${type}?plugins[i18n][locale]=en`;
const editView = (type: string, documentId: string, locale: string) =>
  `${session.baseUrl}/admin/content-manager/collection-types/api::${type}.${type}/${documentId}?plugins[i18n][locale]=${locale}`;

/** Waits for the page's data, not a clock: a list's rows or an edit form's first field. */
async function openScreen(page: Page, url: string, ready: string) {
  await page.goto(url);
  await page.locator(ready).first().waitFor({ timeout: 60000 });
}

async function walkEveryScreen(page: Page, language: 'en' | 'ar') {
  for (const type of TYPES) {
    await openScreen(page, listView(type), 'tbody tr');
    await saveScreenshot(page, `interface-${language}-list-${type}`);
  }
  await openScreen(page, editView('article', session.seedArticleId, language), 'input[name="title"]');
  await saveScreenshot(page, `interface-${language}-edit-article`, { fullPage: true });
  await openScreen(page, editView('incident', ids.incident, language), 'input[name="title"]');
  await saveScreenshot(page, `interface-${language}-edit-incident`, { fullPage: true });
  await openScreen(page, editView('location', ids.location, language), 'input[name="name"]');
  await saveScreenshot(page, `interface-${language}-edit-location`, { fullPage: true });
  await openScreen(page, editView('source', ids.source, language), 'input[name="title"]');
  await saveScreenshot(page, `interface-${language}-edit-source`, { fullPage: true });
  await openScreen(page, `${session.baseUrl}/admin/plugins/translation-workflow`, 'main h1');
  await saveScreenshot(page, `interface-${language}-translations`);
}

/** Strapi's own English on these screens, which its Arabic falls back to without a warning. */
const STRAPI_ENGLISH = ['entries found', 'Available in', 'Fill in from another locale', 'This value is unique', 'characters', 'Set up preview', 'More actions'];

/** A date picker's input (a date and time field names only its hidden value). */
const DATE_PICKER = 'main input[aria-haspopup="dialog"]';

/**
 * The on-screen order of a date picker's day, month and year, as laid out in the input's own
 * direction: a copy of its value in a span styled as the input is measured character by character.
 */
async function datePartsOrder(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).first().evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const copy = document.createElement('span');
    Object.assign(copy.style, { direction: style.direction, unicodeBidi: style.unicodeBidi, font: style.font, whiteSpace: 'pre' });
    copy.textContent = input.value;
    input.parentElement!.append(copy);
    const parts = [...input.value.matchAll(/\d+/g)].map((match, index) => {
      const range = document.createRange();
      range.setStart(copy.firstChild!, match.index!);
      range.setEnd(copy.firstChild!, match.index! + match[0].length);
      return { part: ['day', 'month', 'year'][index], left: range.getBoundingClientRect().left };
    });
    copy.remove();
    return parts.sort((a, b) => a.left - b.left).map(({ part }) => part);
  });
}

test.each(['en', 'ar'] as const)('no interface text is missing on the list, edit and Translations screens (%s)', async (language) => {
  // Nothing the panel does reaches beyond this server (Strapi would ask GitHub for its latest release).
  const elsewhere = new Set<string>();
  session.page.on('request', (request) => {
    const { protocol, hostname } = new URL(request.url());
    if (protocol.startsWith('http') && hostname !== new URL(session.baseUrl).hostname) elsewhere.add(hostname);
  });
  await logInToAdmin(session.page, session.baseUrl, editors[language].email, editors[language].password);
  const missing = await missingTranslations(session.page, () => walkEveryScreen(session.page, language));
  expect(missing).toEqual([]);
  expect([...elsewhere]).toEqual([]);
  expect(await session.page.evaluate(() => document.documentElement.dir)).toBe(language === 'ar' ? 'rtl' : 'ltr');
});

test('the Arabic interface reads right to left, with Arabic names, labels, descriptions and values, and datelines in order', async () => {
  const page = session.page;
  await logInToAdmin(page, session.baseUrl, editors.ar.email, editors.ar.password);
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');

  await openScreen(page, editView('incident', ids.incident, 'ar'), 'input[name="title"]');
  const main = page.locator('main');
  for (const label of ['العنوان', 'دقة التاريخ', 'حالة التحقق', 'الجهات المسؤولة', 'الضحايا', 'دقة الموقع']) {
    await expect(main.locator('label', { hasText: label }).first().isVisible()).resolves.toBe(true);
  }
  for (const schemaName of ['datePrecision', 'verificationStatus', 'locationPrecision', 'killedMin']) expect(await main.getByText(schemaName, { exact: true }).count()).toBe(0);
  // A description, and the form laid out right to left (not only the page around it).
  const hint = main.getByText(/مدى دقة معرفة التاريخ/).first();
  await expect(hint.evaluate((element) => getComputedStyle(element).direction)).resolves.toBe('rtl');
  await expect(main.getByText('اليوم نفسه').first().isVisible()).resolves.toBe(true); // datePrecision "day"
  // A collapsed perpetrator row says who and how certain, not a blank line.
  const perpetrator = main.locator('[data-row-title]').first();
  await page.waitForFunction(() => document.querySelector('[data-row-title]')?.getAttribute('data-row-title')?.includes('مزعومة'));
  await expect(perpetrator.getAttribute('data-row-title')).resolves.toBe('\u2068قوات نظام الأسد\u2069 · \u2068مزعومة\u2069');
  // 4 April 2017: day, month, year from the right.
  expect(await datePartsOrder(page, 'input[name="date"]')).toEqual(['year', 'month', 'day']);
  // The seed article's dateline, 10 April 2017, the same.
  await openScreen(page, editView('article', session.seedArticleId, 'ar'), 'input[name="title"]');
  expect(await datePartsOrder(page, DATE_PICKER)).toEqual(['year', 'month', 'day']);
  // The rich-text toolbar: the block type and the bold button.
  await expect(main.getByText('نص', { exact: true }).first().isVisible()).resolves.toBe(true);
  expect(await main.getByRole('button', { name: 'عريض' }).count()).toBeGreaterThan(0);
  await openScreen(page, editView('incident', ids.incident, 'ar'), 'input[name="title"]');
  const text = await main.innerText();
  for (const english of STRAPI_ENGLISH) expect({ english, shown: text.includes(english) }).toEqual({ english, shown: false });

  await openScreen(page, editView('source', ids.source, 'ar'), 'input[name="title"]');
  await expect(main.getByText('يحجب هوية المصدر عن العامة', { exact: false }).isVisible()).resolves.toBe(true);
  await expect(main.getByText('لا تغادر لوحة الإدارة هذه أبداً', { exact: false }).isVisible()).resolves.toBe(true);

  await openScreen(page, listView('location'), 'tbody tr');
  await expect(page.locator('tbody').getByText('محافظة', { exact: true }).first().isVisible()).resolves.toBe(true);
  await expect(page.locator('thead').getByText('المستوى الإداري').isVisible()).resolves.toBe(true);
  expect(await page.locator('main').innerText()).not.toContain('entries found');
  await saveScreenshot(page, 'interface-ar-list-location-values');

  // The filters name fields as the columns do.
  await openScreen(page, listView('incident'), 'tbody tr');
  await page.getByRole('button', { name: 'المرشحات' }).click();
  await page.getByRole('dialog').getByRole('combobox').first().click();
  await expect(page.getByRole('option', { name: 'حالة التحقق' }).isVisible()).resolves.toBe(true);
  expect(await page.getByRole('option', { name: 'verificationStatus' }).count()).toBe(0);
  await saveScreenshot(page, 'interface-ar-list-filters');
});

test('the English interface names fields and values in words, and reads datelines day, month, year', async () => {
  const page = session.page;
  await logInToAdmin(page, session.baseUrl, editors.en.email, editors.en.password);
  await openScreen(page, editView('incident', ids.incident, 'en'), 'input[name="title"]');
  const main = page.locator('main');
  for (const label of ['Date precision', 'Verification status', 'Location precision', 'Perpetrators']) {
    await expect(main.locator('label', { hasText: label }).first().isVisible()).resolves.toBe(true);
  }
  await expect(main.getByText('The day itself').first().isVisible()).resolves.toBe(true);
  await page.waitForFunction(() => document.querySelector('[data-row-title]')?.getAttribute('data-row-title')?.includes('Alleged'));
  await expect(main.locator('[data-row-title]').first().getAttribute('data-row-title')).resolves.toBe(
    '\u2068Syrian government (Assad regime) forces\u2069 · \u2068Alleged\u2069'
  );
  await saveScreenshot(page, 'interface-en-edit-incident-rows', { fullPage: true });
  expect(await datePartsOrder(page, 'input[name="date"]')).toEqual(['day', 'month', 'year']);
  await openScreen(page, editView('article', session.seedArticleId, 'en'), 'input[name="title"]');
  expect(await datePartsOrder(page, DATE_PICKER)).toEqual(['day', 'month', 'year']);
  await openScreen(page, editView('source', ids.source, 'en'), 'input[name="title"]');
  await expect(main.getByText(/Withholds the source’s identity from the public/).isVisible()).resolves.toBe(true);
});
