import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { nativeHeaders } from '../../src/data-exchange/native-columns';
import { INCIDENT, LOCATION, SOURCE } from '../../src/uids';
import { loginAdmin } from '../helpers/auth';
import { createIncident, createLocation, createSource } from '../helpers/fixtures';
import { countReadQueries } from '../helpers/query-counter';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * Export of incidents, locations and sources as CSV, XLSX and GeoJSON in the native columns: the
 * values in the formats the import reads back, an admin's everything (drafts, contact notes) and
 * the public's published incidents with what the public read contract publishes.
 */
let app: TestApp;
let editor: string;
const ids: Record<string, string> = {};

async function term(uid: string, key: string, label: string) {
  const created = await app.strapi.documents(uid as any).create({ locale: 'en', data: { key, label } as any });
  await app.strapi.documents(uid as any).update({ documentId: created.documentId, locale: 'ar', data: { key, label: `${label} (ar)` } as any });
}

beforeAll(async () => {
  app = await startStrapi();
  editor = await loginAdmin(app.strapi, app.server, 'strapi-editor');
  await term('api::weapon.weapon', 'white-phosphorus', 'White phosphorus');
  await term('api::weapon.weapon', 'cluster-munitions', 'Cluster munitions');
  await term('api::actor.actor', 'russian-armed-forces', 'Russian armed forces');
  await term('api::incident-type.incident-type', 'airstrike', 'Airstrike');
  const weapons = await app.strapi.documents('api::weapon.weapon').findMany({ locale: 'en', sort: 'key:desc' } as any);
  const [actor] = await app.strapi.documents('api::actor.actor').findMany({ locale: 'en' } as any);
  const [airstrike] = await app.strapi.documents('api::incident-type.incident-type').findMany({ locale: 'en' } as any);

  const idlib = await createLocation(app.strapi, { name: 'Idlib', level: 'governorate', pcode: 'SY07', latitude: 35.93, longitude: 36.63 }, { name: 'إدلب' });
  const town = await createLocation(
    app.strapi,
    { name: 'Khan Sheikhoun', level: 'town', parent: idlib.documentId, latitude: 35.44, longitude: 36.65, coordinatesApproximate: true, aliases: 'Khan Sheikoun\nKhan Shaykhun' },
    { name: 'خان شيخون', aliases: 'خان شيخون\nخان شيخون الجنوبية' }
  );
  const nowhere = await createLocation(app.strapi, { name: 'Unplaced village', level: 'village', latitude: null, longitude: null });
  const open = await createSource(app.strapi, { title: 'Coalition statement', kind: 'media-department-statement', url: 'https://example.org/statement', publishedDate: '2017-04-10' }, { title: 'بيان الائتلاف' });
  const secret = await createSource(app.strapi, { title: 'Activists in Khan Sheikhoun', kind: 'activist-network', confidential: true, contactNotes: 'through the field coordinator' });

  const published = await createIncident(
    app.strapi,
    {
      title: 'Airstrike on Khan Sheikhoun',
      date: '2017-04-09',
      time: '14:30:00.000',
      incidentType: airstrike.documentId,
      weapons: weapons.map((weapon: any) => weapon.documentId),
      perpetrators: [{ actor: actor.documentId, certainty: 'alleged' }],
      casualties: { killedMin: 2, killedMax: 3 },
      location: town.documentId,
      sources: [open.documentId, secret.documentId],
    },
    { publish: true, arabic: { title: 'غارة على خان شيخون' } }
  );
  // A change not yet published: editors export it, the public never sees it.
  await app.strapi.documents(INCIDENT).update({ documentId: published.documentId, locale: 'en', data: { title: 'Unpublished retitle' } as any });
  const draft = await createIncident(app.strapi, { title: 'Draft shelling of Idlib', date: '2017-03-01', location: idlib.documentId });
  Object.assign(ids, { idlib: idlib.documentId, town: town.documentId, nowhere: nowhere.documentId, open: open.documentId, secret: secret.documentId, published: published.documentId, draft: draft.documentId });
});
afterAll(async () => app?.stop());

/** The body's bytes, whatever its type (supertest parses only text and JSON by itself). */
const bytes = (response: request.Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};
const adminGet = (path: string, token = editor) =>
  request(app.server).get(`/admin/data-exchange/exports/${path}`).set('Authorization', `Bearer ${token}`).buffer(true).parse(bytes);
const publicGet = (path: string) => request(app.server).get(path).buffer(true).parse(bytes);

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** A CSV's records by their first column, after checking its byte order mark. */
function csvRecords(body: Buffer): { headers: string[]; rows: Record<string, string>[] } {
  expect(body.subarray(0, 3)).toEqual(BOM);
  const [headers, ...rows] = parse(body.subarray(3)) as string[][];
  return { headers, rows: rows.map((row) => Object.fromEntries(headers.map((header, index) => [header, row[index]]))) };
}
const byId = (rows: Record<string, string>[]) => Object.fromEntries(rows.map((row) => [row.document_id, row]));
const errorPaths = (response: request.Response) => (JSON.parse(response.body.toString()).error?.details?.errors ?? []).map((error: any) => error.path.join('.'));

describe('for editors', () => {
  test('incidents as CSV: drafts included, every column, values as the import reads them', async () => {
    const response = await adminGet('incidents?format=csv').expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="incidents-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers['cache-control']).toBe('private, no-store');
    const { headers, rows } = csvRecords(response.body);
    expect(headers).toEqual(nativeHeaders(INCIDENT));
    const records = byId(rows);
    expect(records[ids.published]).toMatchObject({
      status: 'published',
      title: 'Unpublished retitle',
      title__ar: 'غارة على خان شيخون',
      description: '',
      date: '2017-04-09',
      time: '14:30',
      incident_type: 'airstrike',
      weapons: 'white-phosphorus; cluster-munitions',
      perpetrators: 'russian-armed-forces:alleged',
      killed_min: '2',
      killed_max: '3',
      injured_min: '',
      location: ids.town,
      sources: `${ids.open}; ${ids.secret}`,
      verification_status: 'reported',
    });
    expect(records[ids.draft]).toMatchObject({ status: 'draft', title: 'Draft shelling of Idlib', title__ar: '', location: 'SY07', weapons: '' });
    // Newest first.
    expect(rows.map((row) => row.document_id)).toEqual([ids.published, ids.draft]);
  });

  test('one language: its columns and the shared ones', async () => {
    const arabic = csvRecords((await adminGet('incidents?format=csv&language=ar').expect(200)).body);
    expect(arabic.headers).toEqual(nativeHeaders(INCIDENT, { main: false, arabic: true }));
    expect(arabic.headers).toContain('title__ar');
    expect(arabic.headers).not.toContain('title');
    const english = csvRecords((await adminGet('locations?format=csv&language=en').expect(200)).body);
    expect(english.headers).toEqual(nativeHeaders(LOCATION, { main: true, arabic: false }));
  });

  test('incident filters are the public API’s', async () => {
    const { rows } = csvRecords((await adminGet('incidents?format=csv&location=SY07&weapon=white-phosphorus&type=airstrike').expect(200)).body);
    expect(rows.map((row) => row.document_id)).toEqual([ids.published]);
    const none = csvRecords((await adminGet('incidents?format=csv&to=2017-03-31&type=airstrike').expect(200)).body);
    expect(none.rows).toEqual([]);
  });

  test('locations as CSV: aliases joined, parent by p-code, numbers and booleans as text', async () => {
    const { rows } = csvRecords((await adminGet('locations?format=csv').expect(200)).body);
    expect(byId(rows)[ids.town]).toEqual({
      document_id: ids.town,
      pcode: '',
      name: 'Khan Sheikhoun',
      name__ar: 'خان شيخون',
      aliases: 'Khan Sheikoun; Khan Shaykhun',
      aliases__ar: 'خان شيخون; خان شيخون الجنوبية',
      level: 'town',
      parent: 'SY07',
      latitude: '35.44',
      longitude: '36.65',
      coordinates_approximate: 'true',
    });
  });

  test('sources as XLSX: one sheet named after the type, private fields included', async () => {
    const response = await adminGet('sources?format=xlsx').expect(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['sources']);
    const sheet = workbook.getWorksheet('sources')!;
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1);
    expect(values(1)).toEqual(nativeHeaders(SOURCE));
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    const rows = [2, 3].map((row) => Object.fromEntries(nativeHeaders(SOURCE).map((header, index) => [header, String(values(row)[index] ?? '')])));
    expect(byId(rows)[ids.open]).toMatchObject({ title: 'Coalition statement', title__ar: 'بيان الائتلاف', url: 'https://example.org/statement', published_date: '2017-04-10', confidential: 'false' });
    expect(byId(rows)[ids.secret]).toMatchObject({ confidential: 'true', contact_notes: 'through the field coordinator' });
  });

  test('locations and incidents as GeoJSON: [longitude, latitude], null geometry without coordinates', async () => {
    const places = JSON.parse((await adminGet('locations?format=geojson').expect(200)).body.toString());
    expect(places.type).toBe('FeatureCollection');
    const feature = (collection: any, id: string) => collection.features.find((item: any) => item.properties.document_id === id);
    expect(feature(places, ids.town).geometry).toEqual({ type: 'Point', coordinates: [36.65, 35.44] });
    expect(feature(places, ids.town).properties.name__ar).toBe('خان شيخون');
    expect(feature(places, ids.nowhere).geometry).toBeNull();
    const incidents = JSON.parse((await adminGet('incidents?format=geojson').expect(200)).body.toString());
    expect(feature(incidents, ids.draft).geometry).toEqual({ type: 'Point', coordinates: [36.63, 35.93] });
    expect(feature(incidents, ids.published).properties.location).toBe(ids.town);
  });

  test('the query count does not grow with the records', async () => {
    const count = async () => (await countReadQueries(app.strapi, () => adminGet('incidents?format=csv').expect(200))).queries;
    const before = await count();
    const [weapon] = await app.strapi.documents('api::weapon.weapon').findMany({ locale: 'en', filters: { key: 'white-phosphorus' } } as any);
    for (let i = 0; i < 60; i += 1) {
      await createIncident(app.strapi, { weapons: [weapon.documentId], location: ids.town, perpetrators: [], casualties: { killedMin: i } }, { publish: i % 2 === 0, arabic: { title: `حادثة ${i}` } });
    }
    expect(await count()).toBe(before);
  });
});

describe('who may export', () => {
  test('anonymous: 401; a translator: 403', async () => {
    await request(app.server).get('/admin/data-exchange/exports/incidents?format=csv').expect(401);
    const translator = await loginAdmin(app.strapi, app.server, 'translator');
    await adminGet('incidents?format=csv', translator).expect(403);
  });

  test('a role exports the columns and languages it may read, and a type it may not read is a 403', async () => {
    const roles = app.strapi.service('admin::role');
    const role = await roles.create({ name: 'Source reader', code: 'source-reader', description: 'Reads English sources, not their contact notes' });
    const fields = ['title', 'kind', 'url', 'publisher', 'publishedDate', 'accessedDate', 'reliability', 'confidential', 'archivedCopy', 'archivedCopySha256'];
    await roles.assignPermissions(role.id, [
      { action: 'api::data-exchange', subject: null, properties: {}, conditions: [] },
      { action: 'plugin::content-manager.explorer.read', subject: SOURCE, properties: { fields, locales: ['en'] }, conditions: [] },
    ]);
    const reader = await loginAdmin(app.strapi, app.server, 'source-reader');
    const { headers, rows } = csvRecords((await adminGet('sources?format=csv', reader).expect(200)).body);
    expect(headers).toEqual(['document_id', 'title', 'kind', 'url', 'publisher', 'published_date', 'accessed_date', 'reliability', 'confidential']);
    expect(byId(rows)[ids.secret].title).toBe('Activists in Khan Sheikhoun');
    await adminGet('sources?format=csv&language=ar', reader).expect(403);
    await adminGet('incidents?format=csv', reader).expect(403);
  });

  test('a super admin may', async () => {
    await adminGet('sources?format=csv', await loginAdmin(app.strapi, app.server, 'strapi-super-admin')).expect(200);
  });

  test('bad parameters: one 400 naming each and what it takes', async () => {
    const response = await adminGet('people?format=pdf&language=fr').expect(400);
    expect(errorPaths(response)).toEqual(['type', 'format', 'language']);
    expect(response.body.toString()).toContain('the type exported must be one of incidents, locations, sources; got \\"people\\"');
    expect(response.body.toString()).toContain('format must be one of csv, xlsx, geojson');
    expect(errorPaths(await adminGet('sources?format=csv&weapon=white-phosphorus&colour=red').expect(400))).toEqual(['weapon', 'colour']);
    expect(errorPaths(await adminGet('incidents?format=csv&from=2017-13-01&weapon=lasers').expect(400))).toEqual(['from', 'weapon']);
    expect(errorPaths(await adminGet('incidents?language=en').expect(400))).toEqual(['format']);
  });
});

describe('for the public', () => {
  test('/api/incidents.csv: published incidents as published, without a confidential source', async () => {
    const response = await publicGet('/api/incidents.csv?location=SY07').expect(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="incidents-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
    const { headers, rows } = csvRecords(response.body);
    expect(headers).toEqual(nativeHeaders(INCIDENT));
    expect(rows.map((row) => row.document_id)).not.toContain(ids.draft);
    expect(byId(rows)[ids.published]).toMatchObject({ status: 'published', title: 'Airstrike on Khan Sheikhoun', title__ar: 'غارة على خان شيخون', sources: ids.open });
    const text = response.body.toString();
    for (const secret of ['Unpublished retitle', 'Draft shelling', ids.secret, 'field coordinator']) expect(text).not.toContain(secret);
  });

  test('filters and language, and bad values named', async () => {
    const { headers, rows } = csvRecords((await publicGet('/api/incidents.csv?language=ar&weapon=cluster-munitions&to=2017-04-09').expect(200)).body);
    expect(headers).toEqual(nativeHeaders(INCIDENT, { main: false, arabic: true }));
    expect(rows.map((row) => row.document_id)).toEqual([ids.published]);
    expect(errorPaths(await publicGet('/api/incidents.csv?from=2017-02-30').expect(400))).toEqual(['from']);
    expect(errorPaths(await publicGet('/api/incidents.csv?language=fr').expect(400))).toEqual(['language']);
    expect(errorPaths(await publicGet('/api/incidents.xlsx?filters[contactNotes][$eq]=x').expect(400))).toEqual(['filters']);
  });

  test('/api/incidents.xlsx', async () => {
    const response = await publicGet('/api/incidents.xlsx?location=SY07').expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body);
    const sheet = workbook.getWorksheet('incidents')!;
    const rows = sheet.getSheetValues().slice(1).map((values: any) => values.slice(1));
    const [headers, ...records] = rows;
    const published = records.find((record: unknown[]) => record[headers.indexOf('document_id')] === ids.published);
    expect(published[headers.indexOf('title__ar')]).toBe('غارة على خان شيخون');
    expect(published[headers.indexOf('sources')]).toBe(ids.open);
  });
});
