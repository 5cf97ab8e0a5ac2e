import fs from 'node:fs';
import path from 'node:path';
import { buildNameIndex, findNames } from '../../src/lib/name-index';
import { rankCandidates, type Candidate, type Gazetteer } from '../../src/plugins/incident-linker/server/src/ranking';

/** Ranking on the seed article and its demo data, without a database: ids are English names and keys. */
const demo = (file: string) => JSON.parse(fs.readFileSync(path.join(__dirname, '../../data/demo', file), 'utf8'));
const locations: any[] = demo('locations.json');
const vocabularies = demo('vocabularies.json');
const incidents: any[] = demo('incidents.json');
const article = demo('articles.json')[0];

const gazetteer: Gazetteer = {
  parentOf: (id) => locations.find((l) => l.name.en === id)?.parent ?? null,
  levelOf: (id) => locations.find((l) => l.name.en === id)?.level ?? null,
  nameOf: (id) => id,
};
const places = buildNameIndex(locations.map((l) => ({ id: l.name.en, names: [l.name.en, l.name.ar, ...l.aliases.en, ...l.aliases.ar] })));
const terms = [...vocabularies.weapons, ...vocabularies.incidentTypes];
const words = buildNameIndex(terms.map((t: any) => ({ id: t.key, names: [t.label.en, t.label.ar, ...t.aliases.en, ...t.aliases.ar] })));

const candidates: Candidate[] = incidents.map((incident) => ({
  documentId: incident.title.en,
  date: incident.date,
  locationId: incident.location,
  weaponIds: incident.weapons,
  typeId: incident.incidentType,
}));
const textOf = (lang: 'en' | 'ar') => [article.title[lang], article.summary[lang], ...article.body[lang]].join('\n');
const rank = (lang: 'en' | 'ar', extra: Candidate[] = []) =>
  rankCandidates([...candidates, ...extra], {
    places: findNames(places, textOf(lang)),
    words: findNames(words, textOf(lang)),
    dateline: new Date(article.dateline),
    windowDays: 14,
  }, gazetteer);

const distractors: Candidate[] = [
  // The same town a year earlier: a place but not this news.
  { documentId: 'Khan Sheikhoun, a year before', date: '2016-04-04', locationId: 'Khan Sheikhoun', weaponIds: [], typeId: 'shelling' },
  // The same weapons and days, somewhere the article does not name.
  { documentId: 'Airstrike on Aleppo', date: '2017-04-09', locationId: 'Aleppo', weaponIds: ['white-phosphorus'], typeId: 'airstrike' },
  // Nothing in common.
  { documentId: 'Shelling in Daraa, 2015', date: '2015-01-01', locationId: 'Daraa', weaponIds: [], typeId: 'shelling' },
];

test.each(['en', 'ar'] as const)('in %s, the seed article ranks its own 23 incidents above every other', (lang) => {
  const ranked = rank(lang, distractors);
  const own = new Set(candidates.map((c) => c.documentId));
  expect(ranked.slice(0, 23).every((r) => own.has(r.documentId))).toBe(true);
  expect(ranked.map((r) => r.documentId)).not.toContain('Shelling in Daraa, 2015');
});

test.each(['en', 'ar'] as const)('in %s, the lead story (Maarat Alnouman, first place of the report) comes first', (lang) => {
  expect(rank(lang)[0].documentId).toBe('Russian airstrikes on Maarat Alnouman with white phosphorus and cluster bombs');
});

test('the reasons say which place, which words and how many days', () => {
  const maarat = rank('en').find((r) => r.documentId.includes('Maarat Alnouman'))!;
  expect(maarat.reasons.places).toEqual([{ name: 'Maarat Alnouman', text: 'Maarat Alnouman', how: 'named' }]);
  expect(maarat.score).toBeGreaterThan(rank('en')[1].score - 0.001);
  expect(maarat.reasons.governorate).toBe('Idlib');
  expect(maarat.reasons.dateDistanceDays).toBe(1);
  expect(maarat.reasons.words.map((w) => w.toLowerCase())).toEqual(expect.arrayContaining(['white phosphorus', 'cluster bombs']));

  const khan = rank('ar').find((r) => r.documentId === 'Chemical weapons attack on Khan Sheikoun')!;
  expect(khan.reasons.places[0].text).toContain('خان شيخون');
  expect(khan.reasons.dateDistanceDays).toBe(6);
});

test('of two incidents at a named place, the one closer before the dateline ranks higher', () => {
  const same = { locationId: 'Saraqib', weaponIds: [], typeId: null };
  const ranked = rank('en', [
    { documentId: 'eight days before', date: '2017-04-02', ...same },
    { documentId: 'two days before', date: '2017-04-08', ...same },
  ]);
  const order = ranked.map((r) => r.documentId);
  expect(order.indexOf('two days before')).toBeLessThan(order.indexOf('eight days before'));
});

test('a place inside a governorate the text names ranks above a namesake elsewhere', () => {
  const withNamesake: Gazetteer = {
    ...gazetteer,
    parentOf: (id) => (id === 'Taibat (Aleppo)' ? 'Aleppo' : gazetteer.parentOf(id)),
    levelOf: (id) => (id === 'Aleppo' ? 'governorate' : gazetteer.levelOf(id)),
  };
  const namesakes = buildNameIndex([
    ...locations.map((l) => ({ id: l.name.en, names: [l.name.en, ...l.aliases.en] })),
    { id: 'Taibat (Aleppo)', names: ['Taibat'] },
  ]);
  const text = 'Airstrikes hit Taibat in rural Idlib on Sunday.';
  const ranked = rankCandidates(
    [
      { documentId: 'in Aleppo', date: '2017-04-09', locationId: 'Taibat (Aleppo)', weaponIds: [], typeId: null },
      { documentId: 'in Idlib', date: '2017-04-09', locationId: 'Taibat', weaponIds: [], typeId: null },
    ],
    { places: findNames(namesakes, text), words: [], dateline: new Date('2017-04-10T15:15:00Z'), windowDays: 14 },
    withNamesake
  );
  expect(ranked.map((r) => r.documentId)).toEqual(['in Idlib', 'in Aleppo']);
});
