import type { ConsoleMessage, Locator, Page } from 'playwright-core';
import { INCIDENT, LOCATION } from '../../src/uids';
import { useDemoAdminPanel } from '../helpers/admin-panel';
import { createAdminUser } from '../helpers/auth';
import { logInToAdmin, saveScreenshot } from '../helpers/browser';

/**
 * The map preview in the location and incident edit views: Khan Sheikhoun's edit view shows Syria
 * with its point and the other places of Idlib governorate; a point typed outside Syria, or far
 * from Idlib, is flagged before saving, and cleared when put back; so is a parent changed in the
 * form (none: a note; Homs: too far from Homs city; Idlib again: nothing); the Khan Sheikhoun chemical
 * attack's edit view shows its place. In the English interface, then in the Arabic one (right to
 * left, its own words, no missing translation). Nothing is saved.
 */
const editor = { email: 'editor@test.example', password: 'Editor-Password-1' };
const arabicEditor = { email: 'editor-ar@test.example', password: 'Editor-Password-2' };
const ids = { khanSheikhoun: '', idlib: '', attack: '' };
/** The demo's places under Idlib governorate, Khan Sheikhoun itself left out. */
const IDLIB_OTHER_PLACES = 13;

const session = useDemoAdminPanel(async ({ app }) => {
  const location = (name: string) => app.strapi.db.query(LOCATION).findOne({ where: { locale: 'en', name } });
  ids.khanSheikhoun = (await location('Khan Sheikhoun')).documentId;
  ids.idlib = (await location('Idlib')).documentId;
  ids.attack = (await app.strapi.db.query(INCIDENT).findOne({ where: { locale: 'en', title: 'Chemical weapons attack on Khan Sheikoun' } })).documentId;
  await createAdminUser(app.strapi, 'strapi-editor', editor);
  // The Arabic interface is applied at login.
  await createAdminUser(app.strapi, 'strapi-editor', arabicEditor, { preferedLanguage: 'ar' });
});

const editView = (uid: string, documentId: string, locale: string) =>
  `${session.baseUrl}/admin/content-manager/collection-types/${uid}/${documentId}?plugins[i18n][locale]=${locale}`;
const directionOf = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).direction);
const flags = (panel: Locator) => panel.getByTestId('map-preview-flag').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-flag')));

/** The react-intl errors for this panel's words, which would mean a text missing in a language. */
function missingTranslations(page: Page) {
  const missing: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.text().includes('MISSING_TRANSLATION') && message.text().includes('map-preview.')) missing.push(message.text());
  });
  return missing;
}

/** The panel once the governorate's places are drawn. */
async function openPanel(page: Page, url: string) {
  await page.goto(url);
  const panel = page.getByTestId('map-preview-panel');
  await panel.waitFor({ timeout: 60000 });
  await panel.getByTestId('map-preview-syria').getByTestId('map-preview-place').first().waitFor({ timeout: 60000 });
  await panel.scrollIntoViewIfNeeded();
  return panel;
}

/**
 * Types into the latitude and longitude fields of the location form (found by name, not by label),
 * and waits until the panel shows that point (its line of coordinates, in the interface's words).
 */
async function typeCoordinates(page: Page, latitude: string, longitude: string) {
  await page.locator('input[name="latitude"]').fill(latitude);
  await page.locator('input[name="longitude"]').fill(longitude);
  await page.getByTestId('map-preview-coordinates').filter({ hasText: new RegExp(`${latitude}\\D+${longitude}$`) }).waitFor();
}

/** Picks a place as the location's parent in the form's relation field (replacing the one it has). */
async function chooseParent(page: Page, name: string) {
  const input = page.locator('input[name="parent"]');
  await input.click();
  await input.pressSequentially(name);
  await page.getByRole('option').filter({ hasText: name }).first().click();
}

test("an editor sees Khan Sheikhoun on the map with Idlib's places; a point typed outside Syria or far from its governorate is flagged", async () => {
  const missing = missingTranslations(session.page);
  await logInToAdmin(session.page, session.baseUrl, editor.email, editor.password);
  const panel = await openPanel(session.page, editView(LOCATION, ids.khanSheikhoun, 'en'));
  expect(await directionOf(panel)).toBe('ltr');
  await session.page.getByRole('heading', { name: 'Map', exact: true }).waitFor();

  // Syria, the place's point, Idlib governorate's point and its other places, faint.
  const syria = panel.getByTestId('map-preview-syria');
  expect(await syria.locator('path').count()).toBe(1);
  expect(await syria.getByTestId('map-preview-place').count()).toBe(IDLIB_OTHER_PLACES);
  expect(await syria.locator(`[data-place="${ids.khanSheikhoun}"]`).count()).toBe(0);
  await expect(syria.getByTestId('map-preview-governorate').textContent()).resolves.toBe('Idlib');
  const point = syria.getByTestId('map-preview-point');
  expect(await point.getAttribute('data-clamped')).toBe('false');
  expect(await point.getAttribute('data-warning')).toBe('false');
  // The closer view of Idlib, with how far its places reach.
  const detail = panel.getByTestId('map-preview-detail');
  expect(await detail.getByTestId('map-preview-place').count()).toBe(IDLIB_OTHER_PLACES);
  expect(await detail.getByTestId('map-preview-reach').count()).toBe(1);
  await expect(panel.getByTestId('map-preview-coordinates').textContent()).resolves.toBe('Latitude 35.44, longitude 36.65');
  expect(await flags(panel)).toEqual([]);
  // The faint places carry their names.
  await expect(syria.getByTestId('map-preview-place').locator('title').allTextContents()).resolves.toContain('Maarat Alnouman');
  await saveScreenshot(session.page, 'map-preview-location-en');

  // Latitude and longitude swapped: the point is in Turkey, beyond the map's frame.
  await typeCoordinates(session.page, '36.65', '35.44');
  expect(await flags(panel)).toEqual(['outside-syria', 'far-from-governorate']);
  expect(await point.getAttribute('data-warning')).toBe('true');
  await expect(panel.locator('[data-flag="outside-syria"]').textContent()).resolves.toMatch(/^This point is outside Syria, \d+ km beyond the border\./);
  await saveScreenshot(session.page, 'map-preview-location-outside-en');

  // Far north, off the map: drawn on its edge.
  await typeCoordinates(session.page, '41', '36.65');
  expect(await point.getAttribute('data-clamped')).toBe('true');
  expect(await flags(panel)).toEqual(['outside-syria', 'far-from-governorate']);

  // Inside Syria, but at Damascus: far from Idlib.
  await typeCoordinates(session.page, '33.51', '36.29');
  expect(await flags(panel)).toEqual(['far-from-governorate']);
  await expect(panel.locator('[data-flag="far-from-governorate"]').textContent()).resolves.toMatch(
    /^This point is \d+ km from \u2068Idlib\u2069, farther than its places reach \(up to \d+ km\)\./,
  );
  await saveScreenshot(session.page, 'map-preview-location-far-en');

  // Half a point, then none.
  await session.page.locator('input[name="latitude"]').fill('');
  await panel.locator('[data-flag="partial-coordinates"]').waitFor();
  await session.page.locator('input[name="longitude"]').fill('');
  await panel.locator('[data-flag="missing-coordinates"]').waitFor();
  expect(await panel.getByTestId('map-preview-point').count()).toBe(0);

  // Put back where it was: nothing to say.
  await typeCoordinates(session.page, '35.44', '36.65');
  expect(await flags(panel)).toEqual([]);

  // The parent, as changed in the form before saving. Removed: no governorate to compare with.
  const syriaPlaces = syria.getByTestId('map-preview-place');
  await session.page.getByRole('button', { name: 'Remove', exact: true }).click();
  await panel.locator('[data-flag="no-governorate"]').waitFor();
  expect(await syriaPlaces.count()).toBe(0);
  // Homs chosen instead: Khan Sheikhoun is some 80 km from Homs city, beyond its places' reach.
  await chooseParent(session.page, 'Homs');
  await panel.locator('[data-flag="far-from-governorate"]').waitFor();
  await expect(syria.getByTestId('map-preview-governorate').textContent()).resolves.toBe('Homs');
  expect(await syriaPlaces.count()).toBe(1);
  await saveScreenshot(session.page, 'map-preview-location-parent-homs-en');
  // And Idlib again.
  await chooseParent(session.page, 'Idlib');
  await syria.getByTestId('map-preview-governorate').filter({ hasText: 'Idlib' }).waitFor();
  expect(await syriaPlaces.count()).toBe(IDLIB_OTHER_PLACES);
  expect(await flags(panel)).toEqual([]);
  expect(missing).toEqual([]);
});

test("an editor sees the chemical attack's place, Khan Sheikhoun, in the incident's edit view", async () => {
  const missing = missingTranslations(session.page);
  await logInToAdmin(session.page, session.baseUrl, editor.email, editor.password);
  const panel = await openPanel(session.page, editView(INCIDENT, ids.attack, 'en'));
  await expect(panel.getByTestId('map-preview-place-name').textContent()).resolves.toBe('Place: \u2068Khan Sheikhoun\u2069');
  const syria = panel.getByTestId('map-preview-syria');
  expect(await syria.getByTestId('map-preview-point').getAttribute('data-warning')).toBe('false');
  expect(await syria.getByTestId('map-preview-place').count()).toBe(IDLIB_OTHER_PLACES);
  await expect(panel.getByTestId('map-preview-coordinates').textContent()).resolves.toBe('Latitude 35.44, longitude 36.65');
  expect(await flags(panel)).toEqual([]);
  await saveScreenshot(session.page, 'map-preview-incident-en');
  expect(missing).toEqual([]);
});

test('in the Arabic interface the panel speaks Arabic, right to left, on the Arabic entries', async () => {
  const missing = missingTranslations(session.page);
  await logInToAdmin(session.page, session.baseUrl, arabicEditor.email, arabicEditor.password);
  const panel = await openPanel(session.page, editView(LOCATION, ids.khanSheikhoun, 'ar'));
  expect(await directionOf(panel)).toBe('rtl');
  await session.page.getByRole('heading', { name: 'الخريطة', exact: true }).waitFor();
  const syria = panel.getByTestId('map-preview-syria');
  expect(await syria.getByTestId('map-preview-place').count()).toBe(IDLIB_OTHER_PLACES);
  // The places are named in the entry's language.
  await expect(syria.getByTestId('map-preview-governorate').textContent()).resolves.toBe('إدلب');
  await expect(syria.getByTestId('map-preview-place').locator('title').allTextContents()).resolves.toContain('معرة النعمان');
  // Latin digits, as the fields show them.
  await expect(panel.getByTestId('map-preview-coordinates').textContent()).resolves.toBe('خط العرض 35.44، خط الطول 36.65');
  await panel.getByText('أماكنها الأخرى').waitFor();
  expect(await flags(panel)).toEqual([]);
  await saveScreenshot(session.page, 'map-preview-location-ar');

  await typeCoordinates(session.page, '36.65', '35.44');
  const outside = panel.locator('[data-flag="outside-syria"]');
  await expect(outside.textContent()).resolves.toMatch(/^هذه النقطة خارج سوريا، على بعد \d+ كم من الحدود\./);
  expect(await directionOf(outside)).toBe('rtl');
  await expect(panel.locator('[data-flag="far-from-governorate"]').textContent()).resolves.toContain('\u2068إدلب\u2069');
  await saveScreenshot(session.page, 'map-preview-location-outside-ar');

  const incident = await openPanel(session.page, editView(INCIDENT, ids.attack, 'ar'));
  await expect(incident.getByTestId('map-preview-place-name').textContent()).resolves.toBe('المكان: \u2068خان شيخون\u2069');
  expect(await flags(incident)).toEqual([]);
  await saveScreenshot(session.page, 'map-preview-incident-ar');
  expect(missing).toEqual([]);
});
