import request from 'supertest';
import { loadDemoData } from '../../../src/bootstrap/demo-data';
import { createIncident } from '../../helpers/fixtures';
import { countReadQueries } from '../../helpers/query-counter';
import { startStrapi, type TestApp } from '../../helpers/strapi';

/**
 * The incident list with the site filters, on the demo data: 23 incidents of April 2017, 15 in
 * Idlib (SY07), 7 in Hama (SY05), 1 in Homs (SY04), and one unpublished incident that must never
 * be counted.
 */
let app: TestApp;
let draftId: string;

beforeAll(async () => {
  app = await startStrapi();
  await loadDemoData(app.strapi);
  const draft = await createIncident(app.strapi, { title: 'Unpublished incident', date: '2017-04-05', verificationStatus: 'reported' });
  draftId = draft.documentId;
});
afterAll(async () => app?.stop());

const get = (path: string) => request(app.server).get(path);
const titles = async (query: string) => {
  const response = await get(`/api/incidents?fields[0]=title&pagination[pageSize]=100&${query}`);
  expect(response.status).toBe(200);
  expect(response.body.data.map((incident: any) => incident.documentId)).not.toContain(draftId);
  return response.body.data.map((incident: any) => incident.title as string);
};

test('a governorate selects the incidents of every place inside it, by p-code or documentId', async () => {
  expect(await titles('location=SY07')).toHaveLength(15);
  expect(await titles('location=SY05')).toHaveLength(7);
  expect(await titles('location=SY04,SY05')).toHaveLength(8);
  const hama = await app.strapi.db.query('api::location.location').findOne({ where: { pcode: 'SY05' } });
  expect(await titles(`location=${hama.documentId}`)).toHaveLength(7);
});

test('a town selects its own incidents', async () => {
  const town = await app.strapi.db.query('api::location.location').findOne({ where: { name: 'Khan Sheikhoun', locale: 'en' } });
  expect((await titles(`location=${town.documentId}`)).sort()).toEqual(['Chemical weapons attack on Khan Sheikoun', 'White phosphorus airstrikes on Khan Sheikhoun']);
});

test('date range, type, weapon, perpetrator and verification filter by their keys', async () => {
  expect(await titles('from=2017-04-09&to=2017-04-09')).toHaveLength(20);
  expect(await titles('to=2017-04-07')).toEqual(['United States missile strikes on the Shaerat airbase', 'Chemical weapons attack on Khan Sheikoun']);
  expect(await titles('type=chemical-attack')).toEqual(['Chemical weapons attack on Khan Sheikoun']);
  expect(await titles('type=massacre,missile-strike')).toHaveLength(2);
  expect(await titles('weapon=napalm')).toHaveLength(7);
  expect(await titles('weapon=napalm&location=SY07')).toHaveLength(0);
  expect(await titles('perpetrator=united-states-armed-forces')).toEqual(['United States missile strikes on the Shaerat airbase']);
  expect(await titles('perpetrator=russian-armed-forces')).toHaveLength(21);
  expect(await titles('verification=reported')).toHaveLength(23);
  expect(await titles('verification=verified,disputed')).toHaveLength(0);
});

test('casualty thresholds apply to the lowest reported figure', async () => {
  expect((await titles('minKilled=20')).sort()).toEqual(['Chemical weapons attack on Khan Sheikoun', 'Massacre in Orem Allouz: Russian jets bomb the town']);
  expect(await titles('minKilled=22')).toEqual(['Chemical weapons attack on Khan Sheikoun']);
  expect(await titles('minInjured=1')).toEqual(['Chemical weapons attack on Khan Sheikoun']);
});

test('the list is newest first by default and sorts by casualties on request', async () => {
  const dates = (await get('/api/incidents?fields[0]=date&pagination[pageSize]=100')).body.data.map((incident: any) => incident.date);
  expect(dates).toEqual([...dates].sort().reverse());
  expect((await titles('sort=killed:desc')).slice(0, 3)).toEqual([
    'Chemical weapons attack on Khan Sheikoun',
    'Massacre in Orem Allouz: Russian jets bomb the town',
    'Russian airstrikes on Maarat Alnouman with white phosphorus and cluster bombs',
  ]);
});

test('site filters combine with Strapi filters, in Arabic too', async () => {
  const response = await get(`/api/incidents?locale=ar&location=SY07&filters[title][$contains]=${encodeURIComponent('خان شيخون')}&fields[0]=title`);
  expect(response.status).toBe(200);
  expect(response.body.data.map((incident: any) => incident.title).sort()).toEqual(['الهجوم بالسلاح الكيميائي على خان شيخون', 'غارات بالفوسفور الأبيض على خان شيخون']);
});

describe('bad parameters get a 400 naming each parameter, never a 500', () => {
  const rejected = async (query: string, paths: string[][]) => {
    const response = await get(`/api/incidents?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors.map((error: any) => error.path)).toEqual(paths);
  };

  test('site filters', async () => {
    await rejected('from=2017-02-30', [['from']]);
    await rejected('from=yesterday&to=2017-13-01', [['from'], ['to']]);
    await rejected('from=2017-05-01&to=2017-04-01', [['to']]);
    await rejected('location=SY99', [['location']]);
    await rejected('weapon=sarin-gas&type=airstrike', [['weapon']]);
    await rejected('perpetrator=unknown-actor', [['perpetrator']]);
    await rejected('verification=rumour', [['verification']]);
    await rejected('minKilled=-1', [['minKilled']]);
    await rejected('minInjured=many', [['minInjured']]);
    await rejected('location=', [['location']]);
  });

  test('locale and pagination', async () => {
    await rejected('locale=fr', [['locale']]);
    await rejected('pagination[page]=0', [['pagination', 'page']]);
    await rejected('pagination[pageSize]=1000', [['pagination', 'pageSize']]);
    await rejected('pagination[start]=-5&pagination[limit]=abc', [['pagination', 'start'], ['pagination', 'limit']]);
  });

  test('unknown parameters and filters', async () => {
    expect((await get('/api/incidents?governorate=SY07')).status).toBe(400);
    expect((await get('/api/incidents?filters[casualtiesKilled][$gte]=3')).status).toBe(400);
    await rejected('filters[date][$gte]=not-a-date', [['filters', 'date', '$gte']]);
    // A number that is not one is a 500 in plain Strapi on PostgreSQL.
    await rejected('filters[casualties][killedMin][$gte]=many', [['filters', 'casualties', 'killedMin', '$gte']]);
    await rejected('filters[location][latitude][$lt]=north', [['filters', 'location', 'latitude', '$lt']]);
  });
});

test('the list makes the same number of queries whatever its page size', async () => {
  const run = (pageSize: number) =>
    countReadQueries(app.strapi, () =>
      get(`/api/incidents?location=SY07&weapon=white-phosphorus&pagination[pageSize]=${pageSize}&populate[location]=true&populate[casualties]=true`).expect(200)
    );
  const small = await run(2);
  const large = await run(15);
  expect(large.result.body.data).toHaveLength(13);
  expect(large.queries).toBe(small.queries);
});

test('populated relations come in the order asked, whatever order their statements return in: the same bytes every time', async () => {
  // Strapi populates relations at once, each set as its statements return: the attributions (with
  // their actors, a second statement) come back after the place, though asked first.
  const asked = ['perpetrators', 'location', 'weapons', 'casualties', 'incidentType', 'sources', 'targets'];
  const populate = asked.map((name) => (name === 'perpetrators' ? 'populate[perpetrators][populate][actor]=true' : `populate[${name}]=true`)).join('&');
  const bodies = new Set<string>();
  // A different page size each time (all the demo's incidents fit): each answer is made afresh, none from the cache.
  for (let pageSize = 80; pageSize < 100; pageSize += 1) {
    const response = await get(`/api/incidents?locale=en&pagination[pageSize]=${pageSize}&${populate}`).expect(200);
    expect(response.headers['x-response-cache']).not.toBe('hit');
    for (const incident of response.body.data) expect(Object.keys(incident).filter((key) => asked.includes(key))).toEqual(asked);
    bodies.add(JSON.stringify(response.body.data));
  }
  expect(bodies.size).toBe(1);
});
