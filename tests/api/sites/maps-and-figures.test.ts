import { check } from '@placemarkio/check-geojson';
import request from 'supertest';
import { loadDemoData } from '../../../src/bootstrap/demo-data';
import { createIncident } from '../../helpers/fixtures';
import { countReadQueries } from '../../helpers/query-counter';
import { startStrapi, type TestApp } from '../../helpers/strapi';

/** GeoJSON and figures on the demo data, whose totals are known from the seed article. */
let app: TestApp;
let draftId: string;

beforeAll(async () => {
  app = await startStrapi();
  await loadDemoData(app.strapi);
  // Unpublished, in Idlib, with figures that would show in every total if it leaked.
  const idlibTown = await app.strapi.db.query('api::location.location').findOne({ where: { name: 'Saraqib', locale: 'en' } });
  const draft = await createIncident(app.strapi, {
    title: 'Unpublished incident',
    date: '2017-04-09',
    location: idlibTown.documentId,
    casualties: { killedMin: 1000, killedMax: 1000 },
  });
  draftId = draft.documentId;
});
afterAll(async () => app?.stop());

const get = (path: string) => request(app.server).get(path);

describe('GeoJSON', () => {
  test('is a valid RFC 7946 FeatureCollection with [longitude, latitude] positions', async () => {
    const response = await get('/api/incidents.geojson').expect(200);
    expect(response.headers['content-type']).toMatch(/^application\/geo\+json/);
    expect(() => check(response.text)).not.toThrow();
    expect(response.body.features).toHaveLength(23);
    const shaerat = response.body.features.find((feature: any) => feature.properties.title.includes('Shaerat'));
    // Demo data: Shaerat airbase at latitude 34.49, longitude 36.91.
    expect(shaerat.geometry).toEqual({ type: 'Point', coordinates: [36.91, 34.49] });
    expect(shaerat.properties).toMatchObject({
      incidentType: { key: 'missile-strike', label: 'Missile strike' },
      perpetrators: [{ key: 'united-states-armed-forces', certainty: 'confirmed' }],
      localeFallback: false,
    });
    expect(response.body.features.map((feature: any) => feature.id)).not.toContain(draftId);
  });

  test('takes the incident filters and gives properties in the requested locale', async () => {
    const response = await get('/api/incidents.geojson?locale=ar&location=SY07&type=chemical-attack').expect(200);
    expect(() => check(response.text)).not.toThrow();
    expect(response.body.features).toHaveLength(1);
    expect(response.body.features[0].properties).toMatchObject({
      title: 'الهجوم بالسلاح الكيميائي على خان شيخون',
      location: { name: 'خان شيخون' },
      killed: { min: 100, max: 100 },
      injured: { min: 400, max: 400 },
      locale: 'ar',
    });
    expect(response.body.features[0].properties.incidentType.label).not.toBe('Chemical attack');
  });

  test('an incident not translated yet is kept, in its other locale, marked as a fallback', async () => {
    const english = await createIncident(app.strapi, { title: 'English only incident', date: '2017-03-01', location: (await app.strapi.db.query('api::location.location').findOne({ where: { pcode: 'SY04' } })).documentId }, { publish: true });
    const response = await get('/api/incidents.geojson?locale=ar&to=2017-03-31').expect(200);
    expect(response.body.features.map((feature: any) => [feature.id, feature.properties.localeFallback, feature.properties.locale])).toEqual([[english.documentId, true, 'en']]);
    await app.strapi.documents('api::incident.incident').delete({ documentId: english.documentId, locale: '*' } as any);
  });

  test('a reader sees the version of their locale, where an incident’s versions disagree on the date', async () => {
    const place = (await app.strapi.db.query('api::location.location').findOne({ where: { pcode: 'SY04' } })).documentId;
    const moved = await createIncident(app.strapi, { title: 'Moved incident', date: '2019-01-10', location: place, casualties: { killedMin: 4 } }, { publish: true, arabic: { title: 'حادثة منقولة' } });
    // Strapi publishes each locale on its own: on SQLite, publishing the English version with a new
    // date leaves the Arabic published version's old one (PostgreSQL copies it over). Made here by
    // the Query Engine, as an import would, the same on both.
    await app.strapi.db.query('api::incident.incident').updateMany({ where: { documentId: moved.documentId, locale: 'ar', publishedAt: { $notNull: true } }, data: { date: '2019-06-10' } });
    const seen = async (query: string) => (await get(`/api/incidents.geojson?${query}`).expect(200)).body.features.map((feature: any) => [feature.properties.date, feature.properties.locale]);
    expect(await seen('locale=en&from=2019-06-01&to=2019-06-30')).toEqual([]);
    expect(await seen('locale=en&from=2019-01-01&to=2019-01-31')).toEqual([['2019-01-10', 'en']]);
    expect(await seen('locale=ar&from=2019-06-01&to=2019-06-30')).toEqual([['2019-06-10', 'ar']]);
    expect(await seen('locale=ar&from=2019-01-01&to=2019-01-31')).toEqual([]);
    const killedIn = async (locale: string) => (await get(`/api/incident-figures?groupBy=month&locale=${locale}&from=2019-01-01&to=2019-12-31`).expect(200)).body.data.map((month: any) => [month.key, month.killed.min]);
    expect(await killedIn('en')).toEqual([['2019-01', 4]]);
    expect(await killedIn('ar')).toEqual([['2019-06', 4]]);
    await app.strapi.documents('api::incident.incident').delete({ documentId: moved.documentId, locale: '*' } as any);
  });

  test('refuses unknown parameters and bad values by name', async () => {
    const response = await get('/api/incidents.geojson?bbox=1,2,3,4&from=2017-04-31').expect(400);
    expect(response.body.error.details.errors.map((error: any) => error.path)).toEqual([['bbox'], ['from']]);
  });

  test('makes the same number of queries for 1 and 23 incidents', async () => {
    const one = await countReadQueries(app.strapi, () => get('/api/incidents.geojson?type=chemical-attack').expect(200));
    const all = await countReadQueries(app.strapi, () => get('/api/incidents.geojson').expect(200));
    expect(one.result.body.features).toHaveLength(1);
    expect(all.result.body.features).toHaveLength(23);
    expect(all.queries).toBeLessThanOrEqual(one.queries);
  });
});

describe('figures', () => {
  const figures = async (query: string) => (await get(`/api/incident-figures?${query}`).expect(200)).body;

  test('by governorate, with casualty sums (min and max) and labels in the locale', async () => {
    const body = await figures('groupBy=governorate&locale=ar');
    expect(body.data).toEqual([
      { key: 'SY07', label: 'إدلب', incidents: 15, killed: { min: 123, max: 123 }, injured: { min: 400, max: 400 } },
      { key: 'SY05', label: 'حماة', incidents: 7, killed: { min: 0, max: 0 }, injured: { min: 0, max: 0 } },
      { key: 'SY04', label: 'حمص', incidents: 1, killed: { min: 0, max: 0 }, injured: { min: 0, max: 0 } },
    ]);
    expect(body.meta.total).toEqual({ incidents: 23, killed: { min: 123, max: 123 }, injured: { min: 400, max: 400 } });
  });

  test('by month, perpetrator and weapon', async () => {
    expect((await figures('groupBy=month')).data).toEqual([{ key: '2017-04', label: '2017-04', incidents: 23, killed: { min: 123, max: 123 }, injured: { min: 400, max: 400 } }]);
    const perpetrators = (await figures('groupBy=perpetrator')).data;
    expect(perpetrators.map((group: any) => [group.key, group.incidents, group.killed.min])).toEqual([
      ['russian-armed-forces', 21, 23],
      ['syrian-government-forces', 1, 100],
      ['united-states-armed-forces', 1, 0],
    ]);
    const weapons = Object.fromEntries((await figures('groupBy=weapon')).data.map((group: any) => [group.key, group.incidents]));
    expect(weapons).toEqual({ 'white-phosphorus': 20, 'cluster-munitions': 8, napalm: 7, 'aerial-bomb': 1, 'chemical-weapon': 1, missile: 1 });
  });

  test('take the same filters as the list', async () => {
    const body = await figures('groupBy=month&location=SY07&minKilled=20');
    expect(body.meta.total).toEqual({ incidents: 2, killed: { min: 121, max: 121 }, injured: { min: 400, max: 400 } });
  });

  test('make the same number of queries whatever the number of incidents grouped', async () => {
    const few = await countReadQueries(app.strapi, () => get('/api/incident-figures?groupBy=governorate&type=chemical-attack').expect(200));
    const all = await countReadQueries(app.strapi, () => get('/api/incident-figures?groupBy=governorate').expect(200));
    expect(all.queries).toBeLessThanOrEqual(few.queries);
    expect(all.queries).toBeLessThan(15);
  });

  test('need a known groupBy', async () => {
    expect((await get('/api/incident-figures').expect(400)).body.error.details.errors[0].path).toEqual(['groupBy']);
    expect((await get('/api/incident-figures?groupBy=year').expect(400)).body.error.details.errors[0].path).toEqual(['groupBy']);
  });
});
