import { deskSourceLocale, originalLocale, sourceFields } from '../server/src/desk';

/** The translator's desk: which text a translation is read against, and what it shows of each field. */
const LOCALES = ['en', 'ar'];
const written = (...rows: [string, string | null][]) => rows.map(([locale, createdAt]) => ({ locale, createdAt }));
const upToDate = { status: 'published' as const, sourceLocale: 'en' };

test('the original is the locale written first, whichever it is', () => {
  expect(originalLocale(written(['en', '2017-04-10T10:00:00Z'], ['ar', '2017-04-11T08:00:00Z']), LOCALES)).toBe('en');
  expect(originalLocale(written(['en', '2017-04-12T10:00:00Z'], ['ar', '2017-04-11T08:00:00Z']), LOCALES)).toBe('ar');
  // A locale's earliest row counts: its draft may be younger than its published version.
  expect(originalLocale(written(['en', '2017-04-12T10:00:00Z'], ['ar', '2017-04-11T08:00:00Z'], ['en', '2017-04-10T10:00:00Z']), LOCALES)).toBe('en');
  expect(originalLocale([], LOCALES)).toBeNull();
});

test('locales written in the same instant follow the configured order', () => {
  const together = written(['ar', '2017-04-10T10:00:00Z'], ['en', '2017-04-10T10:00:00Z']);
  expect(originalLocale(together, LOCALES)).toBe('en');
  expect(originalLocale(together, ['ar', 'en'])).toBe('ar');
});

test('a missing or up-to-date translation is read against the original; the original itself has no source', () => {
  const englishFirst = written(['en', '2017-04-10T10:00:00Z'], ['ar', '2017-04-11T08:00:00Z']);
  expect(deskSourceLocale('ar', { status: 'missing', sourceLocale: 'en' }, written(['en', '2017-04-10T10:00:00Z']), LOCALES)).toBe('en');
  expect(deskSourceLocale('ar', upToDate, englishFirst, LOCALES)).toBe('en');
  expect(deskSourceLocale('ar', { status: 'draft', sourceLocale: 'en' }, englishFirst, LOCALES)).toBe('en');
  expect(deskSourceLocale('en', { status: 'published', sourceLocale: 'ar' }, englishFirst, LOCALES)).toBeNull();
  // No state yet (the write step has not run for it): the rows decide.
  expect(deskSourceLocale('ar', null, englishFirst, LOCALES)).toBe('en');
  expect(deskSourceLocale('en', null, written(['en', '2017-04-10T10:00:00Z']), LOCALES)).toBeNull();
});

test('a document written in Arabic first is translated into English from the Arabic', () => {
  const arabicFirst = written(['ar', '2017-04-10T10:00:00Z'], ['en', '2017-04-11T08:00:00Z']);
  expect(deskSourceLocale('en', { status: 'draft', sourceLocale: 'ar' }, arabicFirst, LOCALES)).toBe('ar');
  expect(deskSourceLocale('ar', { status: 'published', sourceLocale: 'en' }, arabicFirst, LOCALES)).toBeNull();
});

test('an outdated translation is read against the locale that changed, even the original against its translation', () => {
  const englishFirst = written(['en', '2017-04-10T10:00:00Z'], ['ar', '2017-04-11T08:00:00Z']);
  expect(deskSourceLocale('ar', { status: 'outdated', sourceLocale: 'en' }, englishFirst, LOCALES)).toBe('en');
  expect(deskSourceLocale('en', { status: 'outdated', sourceLocale: 'ar' }, englishFirst, LOCALES)).toBe('ar');
});

test('each field of the source in the order given, with its change when the translation is outdated', () => {
  const body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Russian jets struck Khan Sheikhoun.' }] }];
  const change = { field: 'title', before: 'Airstrike', after: 'Airstrike on Saraqib' };
  expect(sourceFields(['title', 'summary', 'body'], { title: 'Airstrike on Saraqib', body }, [change])).toEqual([
    { field: 'title', value: 'Airstrike on Saraqib', change },
    { field: 'summary', value: null, change: null },
    { field: 'body', value: body, change: null },
  ]);
  // A change of a field not shown (one the person may not read) is not shown either.
  expect(sourceFields(['body'], { title: 'Airstrike on Saraqib', body }, [change])).toEqual([{ field: 'body', value: body, change: null }]);
});
