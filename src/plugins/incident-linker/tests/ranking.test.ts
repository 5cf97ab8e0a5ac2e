import { buildNameIndex, findNames } from '@syria-cms/bilingual-text';
import type { Gazetteer } from '@syria-cms/strapi-server-helpers';
import { rankCandidates, type Candidate } from '../server/src/ranking';

/**
 * A small gazetteer of Idlib and Aleppo with a namesake (two Taibats), and the terms a report may
 * use. The demo's seed article, with its 23 incidents, is ranked end to end by the app's API tests.
 */
const PLACES: Record<string, { parent: string | null; level: string; names: string[] }> = {
  Idlib: { parent: null, level: 'governorate', names: ['Idlib', 'إدلب'] },
  Aleppo: { parent: null, level: 'governorate', names: ['Aleppo', 'حلب'] },
  'Maarat Alnouman': { parent: 'Idlib', level: 'city', names: ['Maarat Alnouman', 'Maarat al-Numan', 'معرة النعمان'] },
  'Khan Sheikhoun': { parent: 'Idlib', level: 'town', names: ['Khan Sheikhoun', 'Khan Sheikoun', 'خان شيخون'] },
  Saraqib: { parent: 'Idlib', level: 'town', names: ['Saraqib', 'سراقب'] },
  'Taibat (Idlib)': { parent: 'Idlib', level: 'village', names: ['Taibat', 'الطيبة'] },
  'Taibat (Aleppo)': { parent: 'Aleppo', level: 'village', names: ['Taibat', 'الطيبة'] },
};
const gazetteer: Gazetteer = {
  parentOf: (id) => PLACES[id]?.parent ?? null,
  levelOf: (id) => PLACES[id]?.level ?? null,
  nameOf: (id) => id.replace(/ \(.*\)$/, ''),
};
const places = buildNameIndex(Object.entries(PLACES).map(([id, place]) => ({ id, names: place.names })));
const terms = buildNameIndex([
  { id: 'white-phosphorus', names: ['white phosphorus', 'الفوسفور الأبيض'] },
  { id: 'cluster-munitions', names: ['cluster bombs', 'cluster munitions', 'قنابل عنقودية'] },
  { id: 'airstrike', names: ['airstrike', 'airstrikes', 'غارة جوية', 'غارات جوية'] },
]);

const DATELINE = new Date('2017-04-10T15:15:00Z');
const rank = (text: string, candidates: Candidate[]) =>
  rankCandidates(candidates, { places: findNames(places, text), words: findNames(terms, text), dateline: DATELINE, windowDays: 14 }, gazetteer);
const incident = (documentId: string, locationId: string | null, date: string, termIds: string[] = []): Candidate => ({ documentId, date, locationId, termIds });

const REPORT_EN =
  'Russian airstrikes hit Maarat Alnouman in rural Idlib with white phosphorus and cluster bombs. Earlier, Khan Sheikhoun and Saraqib were shelled.';
const REPORT_AR = 'غارات جوية روسية على معرة النعمان بريف إدلب بالفوسفور الأبيض وقنابل عنقودية، وقصف على خان شيخون وسراقب.';

test.each([
  ['English', REPORT_EN],
  ['Arabic', REPORT_AR],
])('in %s, the lead story (the first place of the report) comes first, its own incidents before anything else', (_language, text) => {
  const ranked = rank(text, [
    incident('Saraqib shelling', 'Saraqib', '2017-04-08'),
    incident('Maarat airstrike', 'Maarat Alnouman', '2017-04-09', ['white-phosphorus', 'airstrike']),
    incident('Khan Sheikhoun attack', 'Khan Sheikhoun', '2017-04-04'),
    incident('Aleppo airstrike', 'Aleppo', '2017-04-09', ['white-phosphorus']),
  ]);
  expect(ranked[0].documentId).toBe('Maarat airstrike');
  expect(ranked.slice(0, 3).map((r) => r.documentId).sort()).toEqual(['Khan Sheikhoun attack', 'Maarat airstrike', 'Saraqib shelling']);
});

test('the reasons say which place, which governorate, which words and how many days', () => {
  const [maarat] = rank(REPORT_EN, [incident('Maarat airstrike', 'Maarat Alnouman', '2017-04-09', ['white-phosphorus', 'cluster-munitions'])]);
  expect(maarat.reasons.places).toEqual([{ name: 'Maarat Alnouman', text: 'Maarat Alnouman', how: 'named' }]);
  expect(maarat.reasons.governorate).toBe('Idlib');
  expect(maarat.reasons.dateDistanceDays).toBe(1);
  expect(maarat.reasons.words.map((word) => word.toLowerCase())).toEqual(['white phosphorus', 'cluster bombs']);
});

test('a date alone is no reason: an incident at a place the text does not name, with none of its words, is not suggested', () => {
  expect(rank(REPORT_EN, [incident('Daraa shelling', null, '2017-04-09')])).toEqual([]);
});

test('of two incidents at a named place, the one closer before the dateline ranks higher', () => {
  const ranked = rank(REPORT_EN, [incident('eight days before', 'Saraqib', '2017-04-02'), incident('two days before', 'Saraqib', '2017-04-08')]);
  expect(ranked.map((r) => r.documentId)).toEqual(['two days before', 'eight days before']);
});

test('a second matching term adds less than the first: three weapons are not three times the evidence', () => {
  const [one, two] = ['one term', 'two terms'].map(
    (name, index) => rank(REPORT_EN, [incident(name, null, '2017-04-09', ['white-phosphorus', 'cluster-munitions'].slice(0, index + 1))])[0].score
  );
  const none = rank(REPORT_EN, [incident('a place', 'Saraqib', '2017-04-09')])[0].score;
  expect(two - one).toBeGreaterThan(0);
  expect(two - one).toBeLessThan(one);
  expect(none).toBeGreaterThan(one); // a named place weighs more than a word
});

test('a place inside a governorate the text names ranks above a namesake elsewhere', () => {
  const ranked = rank('Airstrikes hit Taibat in rural Idlib on Sunday.', [
    incident('in Aleppo', 'Taibat (Aleppo)', '2017-04-09'),
    incident('in Idlib', 'Taibat (Idlib)', '2017-04-09'),
  ]);
  expect(ranked.map((r) => r.documentId)).toEqual(['in Idlib', 'in Aleppo']);
});
