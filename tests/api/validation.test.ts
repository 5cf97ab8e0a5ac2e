import request from 'supertest';
import { createFullAccessToken, loginAdmin } from '../helpers/auth';
import { countRows, createIncident, createLocation } from '../helpers/fixtures';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * Each rule rejects a bad value with a 400 that names the field and the reason, through the content
 * API and through the admin panel's API, and writes nothing.
 */
let app: TestApp;
let token: string;
let adminToken: string;

beforeAll(async () => {
  app = await startStrapi();
  token = await createFullAccessToken(app.strapi);
  adminToken = await loginAdmin(app.strapi, app.server, 'strapi-editor');
});
afterAll(async () => app?.stop());

const INCIDENT = 'api::incident.incident';
const LOCATION = 'api::location.location';
const WEAPON = 'api::weapon.weapon';

const contentApi = (method: 'post' | 'put', path: string, data: unknown) =>
  request(app.server)[method](path).set('Authorization', `Bearer ${token}`).send({ data });
const adminApi = (method: 'post' | 'put', path: string, data: object) =>
  request(app.server)[method](`/content-manager/collection-types/${path}`).set('Authorization', `Bearer ${adminToken}`).send(data);

function expectRejected(response: request.Response, field: string, reason: RegExp) {
  expect(response.status).toBe(400);
  expect(response.body.error.name).toBe('ValidationError');
  const errors = response.body.error.details.errors as { path: string[]; message: string }[];
  const error = errors.find((e) => e.path.join('.') === field);
  expect(error).toBeDefined();
  expect(error!.message).toMatch(reason);
}

/** Runs `write`, expects it rejected for `field`, and checks no row of `uid` was added or changed. */
async function expectNothingWritten(uid: string, write: () => Promise<request.Response>, field: string, reason: RegExp) {
  const before = await countRows(app.strapi, uid);
  const snapshot = await app.strapi.db.query(uid as any).findMany({ orderBy: { id: 'asc' } });
  expectRejected(await write(), field, reason);
  expect(await countRows(app.strapi, uid)).toBe(before);
  expect(await app.strapi.db.query(uid as any).findMany({ orderBy: { id: 'asc' } })).toEqual(snapshot);
}

const validIncident = { title: 'Airstrike on Saraqib', date: '2017-04-09' };

describe.each([
  ['content API', (data: object) => contentApi('post', '/api/incidents?locale=en', data)],
  ['admin panel', (data: object) => adminApi('post', `${INCIDENT}?locale=en`, data)],
])('incidents through the %s', (_through, create) => {
  test('killed minimum above the maximum', async () => {
    await expectNothingWritten(INCIDENT, () => create({ ...validIncident, casualties: { killedMin: 30, killedMax: 20 } }), 'casualties.killedMin', /greater than killedMax/);
  });

  test('injured minimum above the maximum', async () => {
    await expectNothingWritten(INCIDENT, () => create({ ...validIncident, casualties: { injuredMin: 5, injuredMax: 1 } }), 'casualties.injuredMin', /greater than injuredMax/);
  });

  test('negative casualty figure', async () => {
    await expectNothingWritten(INCIDENT, () => create({ ...validIncident, casualties: { killedMin: -2 } }), 'casualties.killedMin', /0 or more/);
  });

  test('more children and women killed than killed in all', async () => {
    await expectNothingWritten(INCIDENT, () => create({ ...validIncident, casualties: { killedMax: 5, childrenKilled: 4, womenKilled: 3 } }), 'casualties.childrenKilled', /killedMax/);
  });

  test('every problem of a save at once: a negative figure does not hide a minimum above its maximum, nor a future date', async () => {
    const nextYear = `${new Date().getUTCFullYear() + 1}-01-01`;
    const before = await countRows(app.strapi, INCIDENT);
    const response = await create({ ...validIncident, date: nextYear, casualties: { killedMin: 30, killedMax: 20, injuredMax: -4 } });
    expect(response.status).toBe(400);
    const paths = (response.body.error.details.errors as { path: string[] }[]).map((error) => error.path.join('.')).sort();
    expect(paths).toEqual(['casualties.injuredMax', 'casualties.killedMin', 'date']);
    expect(await countRows(app.strapi, INCIDENT)).toBe(before);
  });

  test('a date in the future', async () => {
    const nextYear = `${new Date().getUTCFullYear() + 1}-01-01`;
    await expectNothingWritten(INCIDENT, () => create({ ...validIncident, date: nextYear }), 'date', /future/);
  });
});

describe.each([
  ['content API', (data: object) => contentApi('post', '/api/locations?locale=en', data)],
  ['admin panel', (data: object) => adminApi('post', `${LOCATION}?locale=en`, data)],
])('locations through the %s', (_through, create) => {
  test('latitude out of range', async () => {
    await expectNothingWritten(LOCATION, () => create({ name: 'Nowhere', level: 'town', latitude: 91, longitude: 36 }), 'latitude', /-90 and 90|less than or equal to 90/);
  });

  test('longitude out of range', async () => {
    await expectNothingWritten(LOCATION, () => create({ name: 'Nowhere', level: 'town', latitude: 35, longitude: -181 }), 'longitude', /-180 and 180|greater than or equal to -180/);
  });

  test('a p-code that does not match the level', async () => {
    await expectNothingWritten(LOCATION, () => create({ name: 'Idlib', level: 'governorate', pcode: 'SY0703' }), 'pcode', /governorate/);
  });

  test('a GeoNames id given as a p-code', async () => {
    await expectNothingWritten(LOCATION, () => create({ name: 'Saraqib', level: 'town', pcode: '170063' }), 'pcode', /not an OCHA p-code for a town/);
  });
});

describe('vocabulary keys are unique within their vocabulary', () => {
  test('a second term with the same key is rejected, in any locale', async () => {
    expect((await contentApi('post', '/api/weapons?locale=en', { key: 'napalm', label: 'Napalm' })).status).toBe(201);
    await expectNothingWritten(WEAPON, () => contentApi('post', '/api/weapons?locale=en', { key: 'napalm', label: 'Napalm bombs' }), 'key', /already used/);
    await expectNothingWritten(WEAPON, () => contentApi('post', '/api/weapons?locale=ar', { key: 'napalm', label: 'نابالم' }), 'key', /already used/);
    await expectNothingWritten(WEAPON, () => adminApi('post', `${WEAPON}?locale=en`, { key: 'napalm', label: 'Napalm again' }), 'key', /already used/);
  });

  test('the same key in another vocabulary is fine', async () => {
    expect((await contentApi('post', '/api/incident-types?locale=en', { key: 'napalm', label: 'Napalm attack' })).status).toBe(201);
  });

  test('a key must be a lowercase slug', async () => {
    await expectNothingWritten(WEAPON, () => contentApi('post', '/api/weapons?locale=en', { key: 'White Phosphorus', label: 'x' }), 'key', /match/);
  });
});

describe('updates are checked against what is stored', () => {
  test('raising the minimum above a stored maximum is rejected', async () => {
    const incident = await createIncident(app.strapi, { casualties: { killedMin: 1, killedMax: 3 } }, { publish: true });
    await expectNothingWritten(
      INCIDENT,
      () => contentApi('put', `/api/incidents/${incident.documentId}?locale=en&status=published`, { casualties: { killedMin: 4, killedMax: 3 } }),
      'casualties.killedMin',
      /greater than/
    );
  });

  test('changing only the level of a location re-checks its stored p-code', async () => {
    const location = await createLocation(app.strapi, { level: 'governorate', pcode: 'SY05', latitude: null, longitude: null });
    await expectNothingWritten(LOCATION, () => contentApi('put', `/api/locations/${location.documentId}?locale=en`, { level: 'district' }), 'pcode', /district/);
  });

  test('a valid update passes', async () => {
    const location = await createLocation(app.strapi, { level: 'governorate', pcode: 'SY04' });
    const response = await contentApi('put', `/api/locations/${location.documentId}?locale=en`, { latitude: 34.73 });
    expect(response.status).toBe(200);
  });
});

test('the same rules hold for writes through the Document Service (imports, scripts)', async () => {
  const before = await countRows(app.strapi, INCIDENT);
  await expect(
    app.strapi.documents(INCIDENT).create({ locale: 'en', data: { ...validIncident, casualties: { killedMin: 5, killedMax: 1 } } as any })
  ).rejects.toMatchObject({ name: 'ValidationError' });
  expect(await countRows(app.strapi, INCIDENT)).toBe(before);
});

test('an unknown enumeration value is a 400 naming the field, not a 500', async () => {
  const response = await contentApi('post', '/api/incidents?locale=en', { ...validIncident, verificationStatus: 'probably' });
  expectRejected(response, 'verificationStatus', /one of the following values/);
});
