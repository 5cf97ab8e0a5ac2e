import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { buildWorkspaces } from '../../scripts/build-workspaces';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

/**
 * Another Strapi 5 app installs both plugins from packed tarballs (`npm pack`), with their shared
 * packages, and names its own types in its config: stories report events at places. Only what the
 * tarballs hold and what their package.json files declare can make it work.
 */
const ROOT = path.join(__dirname, '..', '..');
const PACKAGES = [
  '@syria-cms/bilingual-text',
  '@syria-cms/strapi-server-helpers',
  '@syria-cms/strapi-admin-helpers',
  '@syria-cms/incident-linker',
  '@syria-cms/translation-workflow',
];
const version = (name: string) => require(path.join(ROOT, 'node_modules', name, 'package.json')).version as string;

let appDir: string;
let database: TestDatabase;
const running: ChildProcess[] = [];

beforeAll(() => {
  buildWorkspaces();
  appDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linker-install-'));
  fs.cpSync(path.join(__dirname, 'app'), appDir, { recursive: true });
  fs.mkdirSync(path.join(appDir, 'public', 'uploads'), { recursive: true });
  const tarballs: { name: string; filename: string }[] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', appDir, ...PACKAGES.flatMap((name) => ['-w', name])], { cwd: ROOT, encoding: 'utf8' })
  );
  const fromTarballs = Object.fromEntries(tarballs.map(({ name, filename }) => [name, `file:./${path.basename(filename)}`]));
  const manifest = {
    name: 'throw-away-app',
    private: true,
    version: '0.0.0',
    // @strapi/utils at Strapi's own version, as the plugin's README asks: a second copy would make
    // the plugin's errors unknown to Strapi's error handler (a 404 answered as a 500).
    dependencies: { '@strapi/strapi': version('@strapi/strapi'), '@strapi/utils': version('@strapi/utils'), pg: version('pg'), ...fromTarballs },
  };
  fs.writeFileSync(path.join(appDir, 'package.json'), JSON.stringify(manifest, null, 2));
  // From npm's cache where it can (the project's own install filled it); no install scripts: the app needs no native build.
  execFileSync('npm', ['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: appDir, stdio: 'inherit' });
});

beforeEach(async () => {
  database = await createTestDatabase({ client: 'postgres' });
});

afterEach(async () => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
  await database.drop();
});

afterAll(() => fs.rmSync(appDir, { recursive: true, force: true }));

/** Boots the app (boot.js) and resolves with what it printed when ready, or rejects with its error. */
function boot(env: Record<string, string> = {}): Promise<{ port: number; story: string; event: string; translation: Record<string, string> }> {
  const secret = () => crypto.randomBytes(16).toString('base64');
  const child = spawn(process.execPath, ['boot.js'], {
    cwd: appDir,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'development',
      PORT: '0',
      APP_KEYS: `${secret()},${secret()}`,
      ADMIN_JWT_SECRET: secret(),
      API_TOKEN_SALT: secret(),
      TRANSFER_TOKEN_SALT: secret(),
      ENCRYPTION_KEY: secret(),
      DATABASE_NAME: database.env.DATABASE_NAME,
      ...env,
    },
  });
  running.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /READY (\{.*\})/.exec(output);
      if (ready) resolve(JSON.parse(ready[1]));
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', () => reject(new Error(output)));
  });
}

test('boots with the incident linker enabled; its public routes and withLinks answer with the linked event in the configured role', async () => {
  const { port, story, event } = await boot();
  const server = `http://127.0.0.1:${port}`;

  const response = await request(server).get(`/api/incident-linker/articles/${story}/incidents`).query({ locale: 'en' });
  expect(response.status).toBe(200);
  expect(response.body.data).toEqual([
    expect.objectContaining({ documentId: event, title: 'Shelling of Saraqib', date: '2017-04-08', role: 'context', place: expect.objectContaining({ name: 'Saraqib' }) }),
  ]);

  const stories = await request(server).get('/api/stories').query({ withLinks: 'true' });
  expect(stories.body.data).toEqual([expect.objectContaining({ documentId: story, linkedIncidents: [expect.objectContaining({ documentId: event, role: 'context' })] })]);

  const other = await request(server).get(`/api/incident-linker/incidents/${event}/articles`).query({ locale: 'en' });
  expect(other.body.data).toEqual([expect.objectContaining({ documentId: story, title: 'Saraqib shelled again', role: 'context' })]);
  expect((await request(server).get('/api/incident-linker/articles/no-such-story/incidents')).status).toBe(404);
});

test('the translation workflow tracks the configured locales and tells sites which exist', async () => {
  const { port, story, translation } = await boot();
  expect(translation).toEqual({ en: 'published', ar: 'missing' });
  const stories = await request(`http://127.0.0.1:${port}`).get('/api/stories');
  expect(stories.body.data).toEqual([expect.objectContaining({ documentId: story, availableLocales: ['en'] })]);
});

test('refuses to start when a configured type lacks a field the plugin reads, and names it', async () => {
  await expect(boot({ LINKER_PLACE_FIELD: 'where' })).rejects.toThrow(/api::event\.event has no where/);
});
