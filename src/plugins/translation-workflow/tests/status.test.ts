import { afterSave, confirm, initialBasedOn, statusOf, type BasedOn, type Version } from '../server/src/status';

/** The status rules on a two-language document, step by step, either language first. */
const v = (locale: string, title: string, published = false): Version => ({ locale, fields: { title, body: null }, published });
const statuses = (versions: Version[], basedOn: Map<string, BasedOn>) =>
  Object.fromEntries(['en', 'ar'].map((locale) => [locale, statusOf(locale, versions, basedOn).status]));

test('English first: missing, draft, published, outdated, up to date again', () => {
  let versions = [v('en', 'Airstrike')];
  let basedOn = afterSave(versions, new Map(), 'en', null);
  expect(statuses(versions, basedOn)).toEqual({ en: 'draft', ar: 'missing' });

  versions = [v('en', 'Airstrike'), v('ar', 'غارة')];
  basedOn = afterSave(versions, basedOn, 'ar', null);
  expect(statuses(versions, basedOn)).toEqual({ en: 'draft', ar: 'draft' });

  versions = [v('en', 'Airstrike', true), v('ar', 'غارة', true)];
  expect(statuses(versions, basedOn)).toEqual({ en: 'published', ar: 'published' });

  const edited = [v('en', 'Airstrike on Saraqib', true), v('ar', 'غارة', true)];
  basedOn = afterSave(edited, basedOn, 'en', { title: 'Airstrike', body: null });
  const ar = statusOf('ar', edited, basedOn);
  expect(ar).toMatchObject({ status: 'outdated', sourceLocale: 'en', changedFields: [{ field: 'title', before: 'Airstrike', after: 'Airstrike on Saraqib' }] });
  expect(statusOf('en', edited, basedOn).status).toBe('published');

  const caughtUp = [v('en', 'Airstrike on Saraqib', true), v('ar', 'غارة على سراقب', true)];
  basedOn = afterSave(caughtUp, basedOn, 'ar', { title: 'غارة', body: null });
  expect(statuses(caughtUp, basedOn)).toEqual({ en: 'published', ar: 'published' });
});

test('Arabic first works the same way', () => {
  let versions = [v('ar', 'غارة')];
  let basedOn = afterSave(versions, new Map(), 'ar', null);
  expect(statuses(versions, basedOn)).toEqual({ en: 'missing', ar: 'draft' });
  versions = [v('ar', 'غارة'), v('en', 'Airstrike')];
  basedOn = afterSave(versions, basedOn, 'en', null);
  const edited = [v('ar', 'غارة جوية'), v('en', 'Airstrike')];
  basedOn = afterSave(edited, basedOn, 'ar', { title: 'غارة', body: null });
  expect(statuses(edited, basedOn)).toEqual({ en: 'outdated', ar: 'draft' });
});

test('"still correct" brings a translation up to date without changing it', () => {
  const versions = [v('en', 'Airstrike on Saraqib'), v('ar', 'غارة')];
  const stale = new Map<string, BasedOn>([['ar', { en: { title: 'Airstrike', body: null } }], ['en', { ar: { title: 'غارة', body: null } }]]);
  expect(statusOf('ar', versions, stale).status).toBe('outdated');
  expect(statusOf('ar', versions, confirm(versions, stale, 'ar')).status).toBe('draft');
});

test('content from before the workflow counts as up to date', () => {
  const versions = [v('en', 'Airstrike', true), v('ar', 'غارة', true)];
  expect(statuses(versions, initialBasedOn(versions))).toEqual({ en: 'published', ar: 'published' });
});
