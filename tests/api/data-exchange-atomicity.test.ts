import { fork } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { loadDemoData } from '../../src/bootstrap/demo-data';
import { loginAdmin } from '../helpers/auth';
import { previewFile } from '../helpers/data-exchange';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { applyTestEnvironment } from '../helpers/test-env';

/**
 * All or nothing when the process itself goes: an import killed midway (a crash, a restart, the
 * machine losing power) has committed nothing. And the admin panel's progress stream.
 */
let app: TestApp;
let editor: string;
let file: string;
const ROWS = 700;

beforeAll(async () => {
  app = await startStrapi();
  await loadDemoData(app.strapi);
  editor = await loginAdmin(app.strapi, app.server, 'strapi-editor');
  const rows = Array.from({ length: ROWS }, (_, n) => `KILL-${n},Shelling ${n},2016-0${(n % 9) + 1}-15,shelling,Souran,${n % 7}`);
  file = path.join(await mkdtemp(path.join(tmpdir(), 'import-kill-')), 'incidents.csv');
  await writeFile(file, ['external_id,title,date,incident_type,location,killed_min', ...rows].join('\n'));
}, 60000);
afterAll(async () => app?.stop());

const incidentCount = () => app.strapi.db.query('api::incident.incident').count({});

test('an import killed after writing its first batches leaves the database as it was', async () => {
  const before = await incidentCount();
  const previous = { ...process.env };
  applyTestEnvironment();
  const env = { ...process.env, ...app.database.env };
  process.env = previous;
  const child = fork(path.join(__dirname, '..', 'helpers', 'import-instance.js'), ['native-incidents', file], { env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let output = '';
  const killed = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      // A batch (500 incidents) written inside the transaction: now the process dies.
      if (/progress 500/.test(output)) child.kill('SIGKILL');
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code, signal) => (signal === 'SIGKILL' ? resolve(output) : reject(new Error(`the import ended by itself (${code}) before it was killed:\n${output}`))));
  });
  expect(await killed).toMatch(/progress 500/);
  expect(await incidentCount()).toBe(before);
  // And the same file previews as all new: nothing of it is anywhere.
  const preview = await previewFile(app.server, editor, file, 'native-incidents');
  expect(preview.body.data.summary).toEqual([{ type: 'api::incident.incident', create: ROWS, update: 0, unchanged: 0 }]);
}, 120000);

test('after an import commits, its entry events (webhooks) follow one at a time, in the order of the writes', async () => {
  // Strapi queues one event per write until the commit, each re-reading its entry in depth; fired
  // all at once (as Strapi 5.54 does, patched in patches/) a 10,000-row import held 1 GB after it.
  const rows = Array.from({ length: 40 }, (_, n) => `EVENT-${String(n).padStart(2, '0')},Event ${n},2016-03-03,shelling,Souran`);
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'import-events-')), 'events.csv');
  await writeFile(file, ['external_id,title,date,incident_type,location', ...rows].join('\n'));
  const seen: string[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const listener = async ({ uid, entry }: { uid: string; entry: { externalId?: string } }) => {
    if (uid !== 'api::incident.incident' || !entry.externalId?.startsWith('EVENT-')) return;
    mostAtOnce = Math.max(mostAtOnce, ++running);
    seen.push(entry.externalId);
    await new Promise((resolve) => setTimeout(resolve, 5));
    running -= 1;
  };
  app.strapi.eventHub.on('entry.create', listener);
  try {
    const { commitImport } = await import('../../src/data-exchange/import/run');
    await commitImport(app.strapi, file, { mapping: 'native-incidents' });
    const deadline = Date.now() + 30000;
    while (seen.length < rows.length && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    app.strapi.eventHub.off('entry.create', listener);
  }
  expect(seen).toEqual(rows.map((row) => row.split(',')[0]));
  expect(mostAtOnce).toBe(1);
});

test('the admin panel reads a commit’s progress from its own response, one JSON line per batch, the result last', async () => {
  const preview = await previewFile(app.server, editor, file, 'native-incidents');
  const response = await request(app.server)
    .post(`/admin/data-exchange/imports/${preview.body.data.id}/commit`)
    .set('Authorization', `Bearer ${editor}`)
    .set('Accept', 'application/x-ndjson')
    .buffer(true)
    .parse((res, done) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => done(null, text));
    });
  expect(response.status).toBe(200);
  expect(response.headers['content-type']).toMatch(/application\/x-ndjson/);
  const lines = (response.body as string).trim().split('\n').map((line) => JSON.parse(line));
  expect(lines.slice(0, -1).map((line) => line.progress)).toEqual([
    { done: 0, total: ROWS },
    { done: 500, total: ROWS },
    { done: ROWS, total: ROWS },
  ]);
  expect(lines.at(-1).data).toMatchObject({ state: 'committed', summary: [{ create: ROWS }] });
  expect(lines.at(-1).data.records[0]).toMatchObject({ action: 'create', documentId: expect.any(String) });
  // Committed once: a second commit of the same preview is refused.
  const again = await request(app.server).post(`/admin/data-exchange/imports/${preview.body.data.id}/commit`).set('Authorization', `Bearer ${editor}`);
  expect(again.status).toBe(409);
}, 120000);
