import { diffVersions, valuesAsOf, type Version } from '../server/src/diff';

const draft = (locale: string, fields: Record<string, unknown>): Version => ({ locale, version: 'draft', fields });
const published = (locale: string, fields: Record<string, unknown>): Version => ({ locale, version: 'published', fields });

test('a figure, a component and a relation changed in a draft are listed with before and after, nothing else', () => {
  const before = [draft('en', { title: 'Strike', casualties: { killedMin: 20, killedMax: 25 }, weapons: [{ documentId: 'w1', label: 'Cluster munitions' }] })];
  const after = [draft('en', { title: 'Strike', casualties: { killedMin: 23, killedMax: 25 }, weapons: [{ documentId: 'w1', label: 'Cluster munitions' }, { documentId: 'w2', label: 'White phosphorus' }] })];
  expect(diffVersions(before, after)).toEqual([
    { locale: 'en', version: 'draft', field: 'casualties', before: { killedMin: 20, killedMax: 25 }, after: { killedMin: 23, killedMax: 25 } },
    {
      locale: 'en',
      version: 'draft',
      field: 'weapons',
      before: [{ documentId: 'w1', label: 'Cluster munitions' }],
      after: [{ documentId: 'w1', label: 'Cluster munitions' }, { documentId: 'w2', label: 'White phosphorus' }],
    },
  ]);
});

test('a publication lists the published version from nothing; an unchanged save lists nothing', () => {
  const text = { title: 'غارة على سراقب' };
  expect(diffVersions([draft('ar', text)], [draft('ar', text), published('ar', text)])).toEqual([{ locale: 'ar', version: 'published', field: 'title', before: null, after: 'غارة على سراقب' }]);
  expect(diffVersions([draft('ar', text)], [draft('ar', { ...text })])).toEqual([]);
});

test('key order inside a component does not count as a change', () => {
  expect(diffVersions([draft('en', { casualties: { killedMin: 1, killedMax: 2 } })], [draft('en', { casualties: { killedMax: 2, killedMin: 1 } })])).toEqual([]);
});

test('the values as of an entry are the befores of the first later change of each field, in that version only', () => {
  const later = [
    [{ locale: 'en', version: 'draft' as const, field: 'title', before: 'v1', after: 'v2' }],
    [
      { locale: 'en', version: 'draft' as const, field: 'title', before: 'v2', after: 'v3' },
      { locale: 'en', version: 'draft' as const, field: 'summary', before: 's1', after: 's2' },
      { locale: 'ar', version: 'draft' as const, field: 'title', before: 'ع١', after: 'ع٢' },
    ],
  ];
  expect(valuesAsOf(later, 'en', 'draft')).toEqual({ title: 'v1', summary: 's1' });
});
