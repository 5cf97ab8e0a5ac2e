import request from 'supertest';
import { loadDemoData } from '../../src/bootstrap/demo-data';
import { loginAdmin } from '../helpers/auth';
import { commitPreview, importFile, previewFile } from '../helpers/data-exchange';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * The admin panel's import through its HTTP routes, on a real Strapi with the demo content (its
 * vocabularies and gazetteer are what the files point at).
 */
let app: TestApp;
let editor: string;
let failIncidentCreate = 0;

beforeAll(async () => {
  app = await startStrapi();
  await loadDemoData(app.strapi);
  editor = await loginAdmin(app.strapi, app.server, 'strapi-editor');
  // When set to n, the n-th incident created from then on fails, as a full disk would make it.
  app.strapi.documents.use(async (ctx, next) => {
    if (failIncidentCreate > 0 && ctx.uid === 'api::incident.incident' && ctx.action === 'create' && --failIncidentCreate === 0) throw new Error('the disk is full');
    return next();
  });
}, 60000);
afterAll(async () => app?.stop());

const incidentByExternalId = (externalId: string, locale = 'en') =>
  app.strapi.db.query('api::incident.incident').findOne({
    where: { externalId, locale, publishedAt: null },
    populate: { incidentType: true, weapons: true, targets: true, perpetrators: { populate: { actor: true } }, casualties: true, location: true, sources: true },
  });

test('native files: locations, then sources, then incidents that point at both, in both languages', async () => {
  const locations = await importFile(app.server, editor, 'native-locations.csv', 'native-locations');
  expect(locations.preview.format).toEqual({ type: 'csv', encoding: 'utf-8', delimiter: ';' });
  expect(locations.preview.summary).toEqual([{ type: 'api::location.location', create: 2, update: 0, unchanged: 0 }]);
  const town: any = await app.strapi.db.query('api::location.location').findOne({ where: { name: 'Kafr Hamra', locale: 'en' }, populate: { parent: true } });
  expect(town).toMatchObject({ level: 'town', aliases: 'Kfar Hamra\nKafr Hamrah', coordinatesApproximate: true, parent: { pcode: 'SY02' } });
  // To the fourth decimal (about 10 m): a decimal column would round it to 0.01° (about 1 km) on PostgreSQL.
  expect([Number(town.latitude), Number(town.longitude)]).toEqual([36.2497, 37.0839]);
  expect(await app.strapi.db.query('api::location.location').findOne({ where: { documentId: town.documentId, locale: 'ar' } })).toMatchObject({ name: 'كفر حمرة' });

  await importFile(app.server, editor, 'native-sources.csv', 'native-sources');
  const confidential: any = await app.strapi.db.query('api::source.source').findOne({ where: { title: 'Field researcher A', locale: 'en' } });
  expect(confidential).toMatchObject({ confidential: true, contactNotes: 'Reached through the Idlib office; never name' });

  const incidents = await importFile(app.server, editor, 'native-incidents.csv', 'native-incidents');
  expect(incidents.preview.format.encoding).toBe('utf-8');
  const market: any = await incidentByExternalId('TEST-001');
  expect(market).toMatchObject({
    title: 'Airstrike on Kafr Hamra market',
    date: '2017-04-11',
    incidentType: { key: 'airstrike' },
    casualties: { killedMin: 7, killedMax: 9, injuredMin: 20, childrenKilled: 2 },
    location: { name: 'Kafr Hamra' },
    locationPrecision: 'town',
    verificationStatus: 'reported',
  });
  expect(market.time.slice(0, 8)).toBe('12:30:00');
  expect(market.weapons.map((w: any) => w.key).sort()).toEqual(['aerial-bomb', 'missile']);
  expect(market.perpetrators.map((p: any) => `${p.actor.key}:${p.certainty}`)).toEqual(['russian-armed-forces:alleged', 'syrian-government-forces:suspected']);
  expect(market.sources.map((s: any) => s.url)).toEqual(['https://example.org/amc/2017-04-11']);
  expect(await incidentByExternalId('TEST-001', 'ar')).toMatchObject({ title: 'غارة جوية على سوق كفر حمرة', description: 'قصفت الطائرات الحربية السوق ظهراً.' });

  // Through the write path, not around it: the change history records the editor's import per
  // locale, and the search text is filled in as for any save.
  const history: any[] = await app.strapi.db.connection('evidence_trail').where({ document_id: market.documentId }).orderBy('seq');
  expect(history.map((entry) => [entry.action, entry.locale])).toEqual(expect.arrayContaining([['create', 'en'], ['update', 'ar']]));
  expect(JSON.parse(history[0].actor)).toMatchObject({ kind: 'admin', roles: ['strapi-editor'] });
  expect(market.searchText).toMatch(/kafr hamra/);

  // status: published publishes; draft leaves it a draft.
  const published = await request(app.server).get('/api/incidents?filters[externalId][$eq]=TEST-001');
  const publicTitles = (await request(app.server).get('/api/incidents?pagination[pageSize]=100')).body.data.map((i: any) => i.title);
  expect(publicTitles).toContain('Airstrike on Kafr Hamra market');
  expect(publicTitles).not.toContain("Shelling of Aleppo's eastern districts");
  expect(published.status).toBeLessThan(500);
});

test('importing the same file again changes nothing, and writes nothing', async () => {
  const before = await app.strapi.db.query('api::incident.incident').count({});
  const trailBefore = await trailLength();
  const again = await importFile(app.server, editor, 'native-incidents.csv', 'native-incidents');
  expect(again.preview.summary).toEqual([{ type: 'api::incident.incident', create: 0, update: 0, unchanged: 2 }]);
  expect(await app.strapi.db.query('api::incident.incident').count({})).toBe(before);
  expect(await trailLength()).toBe(trailBefore);
  for (const [file, mapping] of [['native-locations.csv', 'native-locations'], ['native-sources.csv', 'native-sources']]) {
    const preview = await previewFile(app.server, editor, file, mapping);
    expect(preview.body.data.summary[0]).toMatchObject({ create: 0, update: 0 });
  }
});

test('a corrected file updates what it matches by external id and names the fields it changed', async () => {
  const corrected = `external_id,killed_max,title__ar\nTEST-001,11,غارة جوية على سوق كفر حمرة الشعبي\n`;
  const file = await writeTemp('corrected.csv', corrected);
  const { preview } = await importFile(app.server, editor, file, 'native-incidents');
  expect(preview.summary[0]).toMatchObject({ create: 0, update: 1 });
  expect(preview.records[0]).toMatchObject({ action: 'update', changes: ['casualties.killedMax', 'title__ar'] });
  const market: any = await incidentByExternalId('TEST-001');
  // The other figures are kept: a file without a column leaves its field alone.
  expect(market.casualties).toMatchObject({ killedMin: 7, killedMax: 11, injuredMin: 20, childrenKilled: 2 });
  expect(await incidentByExternalId('TEST-001', 'ar')).toMatchObject({ title: 'غارة جوية على سوق كفر حمرة الشعبي' });
});

test('Windows-1256 (as Arabic Excel saves CSV) is detected and read', async () => {
  const { preview } = await importFile(app.server, editor, 'native-incidents-1256.csv', 'native-incidents');
  expect(preview.format).toEqual({ type: 'csv', encoding: 'windows-1256', delimiter: ';' });
  expect(await incidentByExternalId('W1256-01', 'ar')).toMatchObject({ title: 'قصف صوران' });
  expect(await incidentByExternalId('W1256-02')).toMatchObject({ locationPrecision: 'near', location: { name: 'Halfaya' } });
});

test('ACLED: events become incidents by event id, protests are skipped, places and actors are found', async () => {
  const { preview } = await importFile(app.server, editor, 'acled.csv', 'acled');
  expect(preview.rows).toBe(4);
  expect(preview.skipped).toBe(1);
  expect(preview.summary.find((line: any) => line.type === 'api::incident.incident')).toMatchObject({ create: 3 });
  const chemical: any = await incidentByExternalId('SYR1001');
  expect(chemical).toMatchObject({
    title: 'Chemical weapon in Khan Sheikhoun',
    date: '2017-04-04',
    datePrecision: 'day',
    incidentType: { key: 'chemical-attack' },
    casualties: { killedMin: 74, killedMax: null },
    location: { name: 'Khan Sheikhoun' },
    locationPrecision: 'town',
  });
  expect(chemical.perpetrators.map((p: any) => `${p.actor.key}:${p.certainty}`)).toEqual(['syrian-government-forces:alleged']);
  expect(chemical.sources.map((s: any) => s.title).sort()).toEqual(['Aleppo Media Center', 'Syrian Network for Human Rights']);
  const saraqib: any = await incidentByExternalId('SYR1002');
  expect(saraqib.perpetrators.map((p: any) => p.actor.key)).toEqual(['russian-armed-forces', 'syrian-government-forces']);
  expect(await incidentByExternalId('SYR1004')).toMatchObject({ datePrecision: 'week', locationPrecision: 'near', location: { name: 'Lataminha' } });
  // A source named on several rows is created once.
  expect(await app.strapi.db.query('api::source.source').count({ where: { title: 'Aleppo Media Center', locale: 'en' } })).toBe(1);
  const again = await previewFile(app.server, editor, 'acled.csv', 'acled');
  expect(again.body.data.summary).toEqual([
    { type: 'api::source.source', create: 0, update: 0, unchanged: 2 },
    { type: 'api::incident.incident', create: 0, update: 0, unchanged: 3 },
  ]);
});

test('every problem is named with its row, column and value, and nothing is written', async () => {
  const before = await app.strapi.db.query('api::incident.incident').count({});
  const response = await previewFile(app.server, editor, 'acled-problems.csv', 'acled');
  expect(response.status).toBe(201);
  const problems = response.body.data.problems;
  const at = (row: number, column: string) => problems.find((p: any) => p.row === row && p.column === column);
  expect(at(2, 'event_date')).toMatchObject({ value: '31 February 2017', reason: expect.stringMatching(/not a date/) });
  expect(at(3, 'time_precision')).toMatchObject({ value: '4', reason: expect.stringMatching(/not one of/) });
  expect(at(3, 'actor1')).toMatchObject({ value: 'Hayat Tahrir al-Sham', reason: expect.stringMatching(/not a key, label or alias/) });
  expect(at(3, 'location')).toMatchObject({ value: 'Kafr Nubl', reason: expect.stringMatching(/not a place/) });
  expect(at(3, 'location').suggestions.length).toBeGreaterThan(0);
  expect(at(3, 'fatalities')).toMatchObject({ value: '-3', reason: expect.stringMatching(/below 0/) });
  expect(at(4, 'event_id_cnty')).toMatchObject({ value: 'SYR2001', reason: expect.stringMatching(/also on row 2/) });
  expect(at(4, 'sub_event_type')).toMatchObject({ value: 'Drone swarm' });
  expect(at(4, 'location').suggestions).toContain('Saraqib');
  expect(response.body.data.problemCount).toBe(problems.length);
  // Each also says what it is, as a code and the values its sentence uses, for the page to say it in the editor's language.
  expect(at(2, 'event_date')).toMatchObject({ code: 'not-a-date', params: {} });
  expect(at(3, 'time_precision')).toMatchObject({ code: 'not-one-of', params: { values: ['day', 'week', 'month', '1', '2', '3'] } });
  expect(at(3, 'actor1')).toMatchObject({ code: 'unknown-term', params: {} });
  expect(at(3, 'location')).toMatchObject({ code: 'unknown-place', params: {} });
  expect(at(3, 'fatalities')).toMatchObject({ code: 'below-zero', params: {} });
  expect(at(4, 'event_id_cnty')).toMatchObject({ code: 'duplicate', params: { firstRow: 2 } });
  for (const problem of problems) expect(problem).toEqual(expect.objectContaining({ code: expect.stringMatching(/^[a-z]+(-[a-z]+)*$/), params: expect.any(Object), reason: expect.any(String) }));

  const refused = await request(app.server).post(`/admin/data-exchange/imports/${response.body.data.id}/commit`).set('Authorization', `Bearer ${editor}`);
  expect(refused.status).toBe(409);
  expect(await app.strapi.db.query('api::incident.incident').count({})).toBe(before);
});

test('a file whose last row cannot be written leaves nothing written', async () => {
  const rows = Array.from({ length: 30 }, (_, n) => `LAST-${n},Incident ${n},2017-04-0${(n % 9) + 1},shelling,Souran`);
  // The last row's minimum exceeds its maximum: only the content rules find it, at the write.
  const file = await writeTemp('last-row.csv', ['external_id,title,date,incident_type,location,killed_min,killed_max', ...rows.map((row) => `${row},,`), 'LAST-X,Bad figures,2017-04-01,shelling,Souran,9,3'].join('\n'));
  const before = await app.strapi.db.query('api::incident.incident').count({});
  const preview = await previewFile(app.server, editor, file, 'native-incidents');
  expect(preview.body.data.problems).toEqual([expect.objectContaining({ row: 32, column: 'killed_min' })]);
  expect(await app.strapi.db.query('api::incident.incident').count({})).toBe(before);
});

test('problems found by the schema and the content rules have their codes too, with the numbers and names their sentences use', async () => {
  const incidents = await writeTemp(
    'coded.csv',
    [
      'external_id,title,date,time,incident_type,location,killed_min,killed_max,children_killed,women_killed,sources',
      'CODE-1,In the future,2099-01-01,,shelling,Souran,,,,,',
      'CODE-2,Bad figures,2017-04-01,,shelling,Souran,9,3,,,',
      'CODE-3,Too many children,2017-04-01,,shelling,Souran,1,4,3,2,',
      'CODE-4,No such source,2017-04-01,25:00,shelling,Souran,,,,,Nobody’s blog',
      `${'X'.repeat(300)},Long id,2017-04-01,,shelling,Souran,,,,,`,
    ].join('\n')
  );
  const problems = (await previewFile(app.server, editor, incidents, 'native-incidents')).body.data.problems;
  const at = (row: number, column: string) => problems.find((p: any) => p.row === row && p.column === column);
  expect(at(2, 'date')).toMatchObject({ code: 'future-date', params: { date: '2099-01-01' }, reason: expect.stringMatching(/in the future/) });
  expect(at(3, 'killed_min')).toMatchObject({ code: 'min-above-max', params: { min: 'killedMin', low: 9, max: 'killedMax', high: 3 }, reason: 'killedMin (9) must not be greater than killedMax (3)' });
  expect(at(4, 'children_killed')).toMatchObject({ code: 'parts-above-total', params: { parts: ['childrenKilled', 'womenKilled'], sum: 5, total: 'killedMax', totalValue: 4 } });
  expect(at(5, 'time')).toMatchObject({ code: 'not-a-time', params: {} });
  expect(at(5, 'sources')).toMatchObject({ code: 'unknown-source', params: {}, reason: '"Nobody’s blog" is not the document id, URL or title of a source' });
  expect(at(6, 'external_id')).toMatchObject({ code: 'too-long', params: { length: 300, max: expect.any(Number) } });

  const places = await writeTemp('coded-places.csv', ['pcode;name;level;latitude;longitude', 'SY0703;Wrong code;town;35.1;', 'C9999;Far north;village;95;36'].join('\n'));
  const placeProblems = (await previewFile(app.server, editor, places, 'native-locations')).body.data.problems;
  expect(placeProblems).toContainEqual(expect.objectContaining({ row: 2, column: 'pcode', code: 'pcode-for-level', params: { level: 'town', formats: ['community'] } }));
  expect(placeProblems).toContainEqual(expect.objectContaining({ row: 2, code: 'coordinates-unpaired', params: {} }));
  expect(placeProblems).toContainEqual(expect.objectContaining({ row: 3, column: 'latitude', code: 'out-of-range', params: { min: -90, max: 90 } }));
});

test('a write that fails midway rolls back every row written before it', async () => {
  const rows = Array.from({ length: 20 }, (_, n) => `MID-${n},Incident ${n},2017-04-02,shelling,Souran`);
  const file = await writeTemp('midway.csv', ['external_id,title,date,incident_type,location', ...rows].join('\n'));
  const preview = await previewFile(app.server, editor, file, 'native-incidents');
  expect(preview.body.data.problemCount).toBe(0);
  const before = await app.strapi.db.query('api::incident.incident').count({});
  // Something the dry run could not know: the database refuses the 15th write.
  failIncidentCreate = 15;
  const done = await commitPreview(app.server, editor, preview.body.data.id);
  expect(done).toMatchObject({ state: 'failed', error: expect.stringMatching(/disk is full/) });
  expect(failIncidentCreate).toBe(0);
  expect(await app.strapi.db.query('api::incident.incident').count({})).toBe(before);
});

test('a casualty table in XLSX: ranges, grading and the belligerent', async () => {
  const { preview } = await importFile(app.server, editor, 'casualty-table.xlsx', 'casualty-table');
  expect(preview.format).toEqual({ type: 'xlsx' });
  const strike: any = await incidentByExternalId('CT-0001');
  expect(strike).toMatchObject({
    date: '2017-04-09',
    verificationStatus: 'corroborated',
    casualties: { killedMin: 12, killedMax: 18, childrenKilled: 3, womenKilled: 2, injuredMin: 20, injuredMax: 35, notes: 'Reported ranges: children killed 3–5' },
    location: { name: 'Saraqib' },
  });
  expect(strike.perpetrators.map((p: any) => `${p.actor.key}:${p.certainty}`)).toEqual(['russian-armed-forces:suspected']);
  expect(await incidentByExternalId('CT-0002')).toMatchObject({ verificationStatus: 'verified' });
  expect(await incidentByExternalId('CT-0001', 'ar')).toMatchObject({ title: 'ضربة على حي سكني في سراقب' });
});

test('the OCHA gazetteer builds the tree by p-code, renames with the former name kept as an alias', async () => {
  const { preview } = await importFile(app.server, editor, 'ocha-gazetteer.csv', 'ocha-gazetteer');
  // Idlib (SY07) exists: renamed Idleb; district, 2 sub-districts and 3 communities are new.
  expect(preview.summary).toEqual([{ type: 'api::location.location', create: 6, update: 1, unchanged: 0 }]);
  const idleb: any = await app.strapi.db.query('api::location.location').findOne({ where: { pcode: 'SY07', locale: 'en' } });
  expect(idleb.name).toBe('Idleb');
  expect(idleb.aliases.split('\n')).toContain('Idlib');
  const bsanqol: any = await app.strapi.db.query('api::location.location').findOne({ where: { pcode: 'C4217', locale: 'ar' }, populate: { parent: { populate: { parent: { populate: { parent: true } } } } } });
  expect(bsanqol).toMatchObject({ name: 'بسنقول', level: 'town', parent: { pcode: 'SY070301', level: 'sub-district', parent: { pcode: 'SY0703', parent: { pcode: 'SY07' } } } });
  const again = await previewFile(app.server, editor, 'ocha-gazetteer.csv', 'ocha-gazetteer');
  expect(again.body.data.summary).toEqual([{ type: 'api::location.location', create: 0, update: 0, unchanged: 7 }]);
});

test('a mapping added by configuration: another sheet’s column names for the native ones, problems named by the sheet’s columns', async () => {
  const { preview } = await importFile(app.server, editor, 'newsroom-sheet.csv', 'newsroom-sheet');
  expect(preview.ignoredColumns).toEqual(['Reporter']);
  expect(await incidentByExternalId('NR-2016-014')).toMatchObject({
    title: 'Barrel bombs on Saraqib market',
    date: '2016-08-02',
    casualties: { killedMin: 6, killedMax: 9, injuredMin: 14 },
    location: { name: 'Saraqib' },
    incidentType: { key: 'airstrike' },
  });
  expect(await incidentByExternalId('NR-2016-014', 'ar')).toMatchObject({ title: 'براميل متفجرة على سوق سراقب', description: 'ألقت مروحيات برميلين متفجرين على السوق.' });
  const mappings = await request(app.server).get('/admin/data-exchange/mappings').set('Authorization', `Bearer ${editor}`);
  expect(mappings.body.data.find((mapping: any) => mapping.name === 'newsroom-sheet').columns.map((column: any) => column.name)).toContain('Title (Arabic)');

  const file = await writeTemp('newsroom-bad.csv', 'ID,Date,Title (English),Place,Killed\nNR-2016-099,2016-13-01,Bad row,Atlantis,-1\n');
  const problems = (await previewFile(app.server, editor, file, 'newsroom-sheet')).body.data.problems;
  expect(problems.map((problem: any) => [problem.row, problem.column, problem.code])).toEqual(
    expect.arrayContaining([
      [2, 'Date', 'not-a-date'],
      [2, 'Place', 'unknown-place'],
      [2, 'Killed', 'below-zero'],
    ])
  );
});

test('only editors import: a translator gets 403, an anonymous caller 401, bad parameters a 400 naming them', async () => {
  const translator = await loginAdmin(app.strapi, app.server, 'translator');
  expect((await previewFile(app.server, translator, 'acled.csv', 'acled')).status).toBe(403);
  expect((await request(app.server).get('/admin/data-exchange/mappings').set('Authorization', `Bearer ${translator}`)).status).toBe(403);
  expect((await request(app.server).get('/admin/data-exchange/mappings')).status).toBe(401);
  const unknown = await previewFile(app.server, editor, 'acled.csv', 'acled-v2');
  expect(unknown.status).toBe(400);
  expect(unknown.body.error.details.errors[0].path).toEqual(['mapping']);
  const noFile = await request(app.server).post('/admin/data-exchange/imports').set('Authorization', `Bearer ${editor}`).field('mapping', 'acled');
  expect(noFile.status).toBe(400);
  expect(noFile.body.error.details.errors[0].path).toEqual(['file']);
  const missingColumns = await previewFile(app.server, editor, 'native-sources.csv', 'acled');
  expect(missingColumns.body.data.problems).toContainEqual(
    expect.objectContaining({ row: null, column: 'event_id_cnty', code: 'missing-column', params: { column: 'event_id_cnty', mapping: 'acled' } })
  );
});

test('a dry run reads a batch of rows in the same number of queries, whatever their number', async () => {
  const rows = (count: number) => Array.from({ length: count }, (_, n) => `BOUND-${n},Bounded ${n},2016-05-0${(n % 9) + 1},shelling,Souran,weapon-${n % 2 ? 'missile' : 'aerial-bomb'}`);
  const file = (count: number) => writeTemp(`bounded-${count}.csv`, ['external_id,title,date,incident_type,location,weapons', ...rows(count).map((row) => row.replace(/weapon-/, ''))].join('\n'));
  await importFile(app.server, editor, await file(200), 'native-incidents');
  const small = await file(20);
  const large = await file(200);
  const { countQueries } = await import('../helpers/query-counter');
  const counted = async (path: string) => (await countQueries(app.strapi, () => previewFile(app.server, editor, path, 'native-incidents'))).queries;
  // Both files are one batch of stored incidents: 20 rows or 200 cost the same queries.
  expect(await counted(large)).toBe(await counted(small));
});

async function trailLength(): Promise<number> {
  const row: any = await app.strapi.db.connection('evidence_trail').count({ n: '*' }).first();
  return Number(row.n);
}

async function writeTemp(name: string, text: string): Promise<string> {
  const { mkdtemp, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const file = join(await mkdtemp(join(tmpdir(), 'import-test-')), name);
  await writeFile(file, text);
  return file;
}
