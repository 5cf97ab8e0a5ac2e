import { generate } from '../../../bench/generate';
import { createIncident } from '../../helpers/fixtures';
import { referenceFigures as figuresOf, referenceReading } from '../../helpers/incident-reference';
import { startStrapi, type TestApp } from '../../helpers/strapi';

/**
 * The map's and the figures' reads against the Query Engine's, over generated data (the bench's
 * generator, small) and incidents made for the cases it does not write: one in English only (a
 * fallback in Arabic), one without a place, one with only a lower figure, a draft. The reference
 * is how the services read before the database did the work: every matching published version
 * with Strapi's relation filters, one per document in the locale or a fallback, counted here.
 */
let app: TestApp;

beforeAll(async () => {
  app = await startStrapi();
  await generate(app.strapi, { seed: 7, locations: 300, incidents: 1500, articles: 20, maxLinksPerArticle: 2 });
  const place = await app.strapi.db.query('api::location.location').findOne({ where: { pcode: 'SY02', locale: 'en' } });
  const missile = await app.strapi.db.query('api::weapon.weapon').findOne({ where: { key: 'missile', locale: 'en' } });
  // The newest of 2016, linked to the English weapon: in Arabic, the missiles' group is labelled in English, as before.
  await createIncident(app.strapi, { title: 'English only', date: '2016-12-31', location: place.documentId, weapons: [missile.documentId], casualties: { killedMin: 21 } }, { publish: true });
  await createIncident(app.strapi, { title: 'Nowhere', date: '2016-05-01', casualties: { killedMin: 2, killedMax: 3, injuredMin: 4 } }, { publish: true, arabic: { title: 'لا مكان' } });
  await createIncident(app.strapi, { title: 'Draft', date: '2016-03-02', location: place.documentId, casualties: { killedMin: 1000 } });
}, 300000);
afterAll(async () => app?.stop());

const reference = (conditions: object, locale: string) => referenceReading(app.strapi, conditions, locale);
const referenceFigures = (conditions: object, groupBy: string, locale: string) => figuresOf(app.strapi, conditions, groupBy, locale);

/** Filters as sites send them, turned into conditions by the service (unknown keys would be a 400). */
const FILTERS: Record<string, string>[] = [
  {},
  { from: '2016-01-01', to: '2016-12-31' },
  // Ranges that cut months, and open ones: the figures by month keep whole months' sums (src/incident-months).
  { from: '2016-03-15', to: '2017-02-10' },
  { to: '2014-06-15' },
  { from: '2023-11-30' },
  { location: 'SY02', from: '2016-01-01', to: '2016-12-31' },
  { location: 'SY14,SY07' },
  { weapon: 'cluster-munitions,missile', minKilled: '1' },
  { perpetrator: 'russian-armed-forces', verification: 'reported,verified', type: 'airstrike' },
];

async function conditionsOf(filters: Record<string, string>) {
  const { ParameterReader } = await import('../../../src/lib/public-query');
  const reader = new ParameterReader(filters);
  const conditions = await app.strapi.service('api::incident.incident-query').conditions(
    (await import('../../../src/lib/incident-filters')).readIncidentFilters(reader),
    reader
  );
  return { conditions, problems: reader.problems };
}

test.each(FILTERS)('the versions read and the figures are the Query Engine’s, in each locale and grouping: %o', async (filters) => {
  const { conditions, problems } = await conditionsOf(filters);
  // A vocabulary key the generator did not use would only be a 400: the filter must select something.
  expect(problems).toEqual([]);
  for (const locale of ['en', 'ar']) {
    const expected = await reference(conditions, locale);
    expect(expected.length).toBeGreaterThan(0);
    const read = await app.strapi.service('api::incident.incident-query').published(conditions, locale, { select: [], populate: {} });
    expect(read.map((row: any) => [row.id, row.localeFallback])).toEqual(expected.map((row) => [row.id, row.locale !== locale]));
    for (const groupBy of ['month', 'governorate', 'weapon', 'perpetrator']) {
      const figures = await app.strapi.service('api::incident.incident-figures').figures(conditions, groupBy, locale);
      expect(JSON.stringify(figures)).toBe(JSON.stringify(await referenceFigures(conditions, groupBy, locale)));
    }
  }
});

test('the cases made by hand are among them: a fallback, an incident without a place, a lower figure only', async () => {
  const { conditions } = await conditionsOf({ from: '2016-01-01', to: '2016-12-31' });
  const arabic = await app.strapi.service('api::incident.incident-figures').figures(conditions, 'governorate', 'ar');
  expect(arabic.data.find((group: any) => group.key === null)).toMatchObject({ incidents: 1, killed: { min: 2, max: 3 }, injured: { min: 4, max: 4 } });
  const read = await app.strapi.service('api::incident.incident-query').published(conditions, 'ar', { select: ['title'], populate: {} });
  expect(read.filter((row: any) => row.localeFallback).map((row: any) => row.title)).toEqual(['English only']);
  const weapons = await app.strapi.service('api::incident.incident-figures').figures(conditions, 'weapon', 'ar');
  expect(weapons.data.find((group: any) => group.key === 'missile').label).toBe('Missile');
});
