import request from 'supertest';
import { loadDemoData } from '../../src/bootstrap/demo-data';
import { startStrapi, type TestApp } from '../helpers/strapi';

/** The demo content is the seed article of 10 April 2017 and what it reports, in both languages. */
let app: TestApp;

const UIDS = [
  'api::weapon.weapon',
  'api::incident-type.incident-type',
  'api::actor.actor',
  'api::target-type.target-type',
  'api::location.location',
  'api::source.source',
  'api::incident.incident',
  'api::article.article',
  'plugin::incident-linker.link',
];

beforeAll(async () => {
  app = await startStrapi();
  await loadDemoData(app.strapi);
});
afterAll(async () => app?.stop());

const get = (path: string) => request(app.server).get(path);

async function incidentTitled(title: string, locale = 'en') {
  const response = await get(
    `/api/incidents?locale=${locale}&filters[title][$eq]=${encodeURIComponent(title)}&populate[casualties]=true&populate[location]=true&populate[weapons]=true&populate[perpetrators][populate]=actor&populate[incidentType]=true&populate[sources]=true`
  );
  expect(response.body.data).toHaveLength(1);
  return response.body.data[0];
}

test('the seed article is published in English and Arabic', async () => {
  const en = await get('/api/articles?locale=en&populate[locations][fields][0]=name');
  const ar = await get('/api/articles?locale=ar&populate[locations][fields][0]=name');
  expect(en.body.data.map((a: any) => a.title)).toEqual(['Russian Jets Hit Syrians with Cluster Bombs & White Phosphorus in Revenge Attacks']);
  expect(ar.body.data.map((a: any) => a.title)).toEqual(['طائرات روسية تقصف السوريين بالقنابل العنقودية والفوسفور الأبيض في هجمات انتقامية']);
  expect(en.body.data[0].documentId).toBe(ar.body.data[0].documentId);
  expect(en.body.data[0].dateline).toBe('2017-04-10T15:15:00.000Z'); // 18:15 Damascus time (UTC+3)
  expect(en.body.data[0].slug).toBe('russian-jets-hit-syrians-with-cluster-bombs-and-white-phosphorus-in-revenge-attacks');
  expect(en.body.data[0].body).toHaveLength(8);
  expect(ar.body.data[0].body).toHaveLength(8);
  // Every place the article names, in each language.
  const arabicPlaces = ar.body.data[0].locations.map((l: any) => l.name);
  expect(arabicPlaces).toEqual(expect.arrayContaining(['معرة النعمان', 'خان شيخون', 'أورم الجوز', 'مطار الشعيرات', 'كفرزيتا']));
  expect(en.body.data[0].locations).toHaveLength(25);
});

test('its incidents, with the figures the article gives', async () => {
  const all = await get('/api/incidents?locale=en&pagination[pageSize]=100');
  expect(all.body.meta.pagination.total).toBe(23);
  const allArabic = await get('/api/incidents?locale=ar&pagination[pageSize]=100');
  expect(allArabic.body.meta.pagination.total).toBe(23);

  const maarat = await incidentTitled('Russian airstrikes on Maarat Alnouman with white phosphorus and cluster bombs');
  expect(maarat).toMatchObject({ date: '2017-04-09', datePrecision: 'day', incidentType: { key: 'airstrike' }, location: { name: 'Maarat Alnouman' } });
  expect(maarat.casualties).toMatchObject({ killedMin: 2, killedMax: 2 });
  expect(maarat.weapons.map((w: any) => w.key).sort()).toEqual(['cluster-munitions', 'white-phosphorus']);
  expect(maarat.perpetrators).toEqual([expect.objectContaining({ certainty: 'alleged', actor: expect.objectContaining({ key: 'russian-armed-forces' }) })]);

  const orem = await incidentTitled('Massacre in Orem Allouz: Russian jets bomb the town');
  expect(orem).toMatchObject({ date: '2017-04-08', incidentType: { key: 'massacre' } });
  expect(orem.casualties).toMatchObject({ killedMin: 21, killedMax: null }); // "over 20"

  const khan = await incidentTitled('Chemical weapons attack on Khan Sheikoun');
  expect(khan).toMatchObject({ date: '2017-04-04', incidentType: { key: 'chemical-attack' }, location: { name: 'Khan Sheikhoun' } });
  expect(khan.casualties).toMatchObject({ killedMin: 100, killedMax: 100, injuredMin: 400, injuredMax: 400 });
  expect(khan.perpetrators[0].actor.key).toBe('syrian-government-forces');

  const shaerat = await incidentTitled('United States missile strikes on the Shaerat airbase');
  expect(shaerat).toMatchObject({ date: '2017-04-07', incidentType: { key: 'missile-strike' }, location: { name: 'Shaerat airbase' } });
  expect(shaerat.perpetrators[0]).toMatchObject({ certainty: 'confirmed', actor: { key: 'united-states-armed-forces' } });

  const hama = await get('/api/incidents?locale=en&filters[location][parent][name][$eq]=Hama&pagination[pageSize]=100');
  expect(hama.body.data).toHaveLength(7);

  const arabic = await incidentTitled('الهجوم بالسلاح الكيميائي على خان شيخون', 'ar');
  expect(arabic.documentId).toBe(khan.documentId);
  expect(arabic.location.name).toBe('خان شيخون');
  expect(arabic.weapons[0].label).toBe('سلاح كيميائي');
});

test('its places, with governorates, both spellings and approximate coordinates', async () => {
  const response = await get('/api/locations?locale=en&filters[name][$eq]=Khan Sheikhoun&populate=parent');
  const khan = response.body.data[0];
  expect(khan.aliases.split('\n')).toContain('Khan Sheikoun');
  expect(khan.parent).toMatchObject({ name: 'Idlib', pcode: 'SY07', level: 'governorate' });
  expect(khan).toMatchObject({ coordinatesApproximate: true, latitude: expect.any(Number), longitude: expect.any(Number) });

  const places = await get('/api/locations?locale=ar&pagination[pageSize]=100');
  expect(places.body.data).toHaveLength(25);
  expect(places.body.data.every((p: any) => p.coordinatesApproximate === true)).toBe(true);
  expect(places.body.data.map((p: any) => p.name)).toEqual(expect.arrayContaining(['إدلب', 'حماة', 'حمص', 'سراقب']));
});

test('its sources: the statement in full, the activists withheld', async () => {
  const response = await get('/api/sources?locale=en');
  expect(response.body.data).toHaveLength(3);
  const open = response.body.data.filter((s: any) => s.title);
  expect(open.map((s: any) => s.kind)).toEqual(['media-department-statement']);
  expect(response.body.data.filter((s: any) => s.confidential)).toHaveLength(2);
});

test('its vocabulary in both languages', async () => {
  const weapons = await get('/api/weapons?locale=ar&sort=key');
  expect(weapons.body.data.map((w: any) => [w.key, w.label])).toEqual(
    expect.arrayContaining([
      ['cluster-munitions', 'ذخائر عنقودية'],
      ['white-phosphorus', 'الفوسفور الأبيض'],
      ['napalm', 'النابالم (مواد حارقة)'],
    ])
  );
});

test('loading twice changes nothing', async () => {
  const snapshot = async () =>
    Promise.all(UIDS.map((uid) => app.strapi.db.query(uid as any).findMany({ orderBy: { id: 'asc' }, populate: true })));
  const before = await snapshot();
  const { created } = await loadDemoData(app.strapi);
  expect(created).toEqual({});
  expect(await snapshot()).toEqual(before);
});

test('the seed article is linked to every incident it reports: the 9 April raids and the massacre as its report, the chemical attack and Shaerat as mentions', async () => {
  const article = (await get('/api/articles?locale=en')).body.data[0];
  const linked = await get(`/api/incident-linker/articles/${article.documentId}/incidents?locale=en`);
  expect(linked.status).toBe(200);
  const roles = Object.fromEntries(linked.body.data.map((incident: any) => [incident.title, incident.role]));
  expect(Object.keys(roles)).toHaveLength(23);
  expect(roles['Chemical weapons attack on Khan Sheikoun']).toBe('mentions');
  expect(roles['United States missile strikes on the Shaerat airbase']).toBe('mentions');
  expect(roles['Massacre in Orem Allouz: Russian jets bomb the town']).toBe('primary-report');
  expect(Object.values(roles).filter((role) => role === 'primary-report')).toHaveLength(21);

  // The article page sites read carries them too, in the reader's language.
  const arabic = (await get('/api/articles?locale=ar')).body.data[0];
  const page = await get(`/api/articles/by-slug/${encodeURIComponent(arabic.slug)}?locale=ar`);
  expect(page.status).toBe(200);
  expect(JSON.stringify(page.body)).toContain('الهجوم بالسلاح الكيميائي على خان شيخون');
});
