import { spawnSync } from 'node:child_process';
import path from 'node:path';
import request from 'supertest';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { startStrapi } from '../helpers/strapi';

/**
 * What a start does: locales, permissions and roles every time (idempotently); in development the
 * demo content and the demo admin; in production neither, and no start at all without secrets.
 */
const devAdmin = { DEV_ADMIN_EMAIL: 'demo@example.org', DEV_ADMIN_PASSWORD: 'Demo-Password-1' };

describe('a development start on an empty database', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.drop());

  const snapshot = async (strapi: any) => {
    const tables = [
      'plugin::i18n.locale',
      'admin::role',
      'admin::permission',
      'admin::user',
      'plugin::users-permissions.role',
      'plugin::users-permissions.permission',
      'api::article.article',
      'api::incident.incident',
      'api::location.location',
    ];
    return Object.fromEntries(
      await Promise.all(tables.map(async (uid) => [uid, await strapi.db.query(uid).findMany({ orderBy: { id: 'asc' } })]))
    );
  };

  test('loads the demo content and creates the demo admin; a second start changes nothing', async () => {
    const first = await startStrapi({ database, env: { NODE_ENV: 'development', ...devAdmin } });
    let afterFirst;
    try {
      expect(first.strapi.config.get('environment')).toBe('development');
      const articles = await request(first.server).get('/api/articles?locale=ar');
      expect(articles.body.data).toHaveLength(1);
      const login = await request(first.server).post('/admin/login').send({ email: devAdmin.DEV_ADMIN_EMAIL, password: devAdmin.DEV_ADMIN_PASSWORD });
      expect(login.status).toBe(200);
      const locales = await first.strapi.plugin('i18n').service('locales').find();
      expect(locales.map((l: any) => l.code).sort()).toEqual(['ar', 'en']);
      expect(await first.strapi.plugin('i18n').service('locales').getDefaultLocale()).toBe('en');
      afterFirst = await snapshot(first.strapi);
    } finally {
      await first.stop();
    }

    const second = await startStrapi({ database, env: { NODE_ENV: 'development', ...devAdmin } });
    try {
      expect(await snapshot(second.strapi)).toEqual(afterFirst);
    } finally {
      await second.stop();
    }
  });
});

test('a production start creates no demo admin and loads no demo content', async () => {
  const app = await startStrapi({ env: { NODE_ENV: 'production', ...devAdmin } });
  try {
    expect(await app.strapi.db.query('admin::user').count({})).toBe(0);
    expect(await app.strapi.db.query('api::article.article').count({})).toBe(0);
  } finally {
    await app.stop();
  }
});

test('a start without real secrets is refused, naming the missing ones', () => {
  const appDir = path.join(__dirname, '..', '..');
  const script = `Promise.resolve().then(() => require('@strapi/strapi').createStrapi({ appDir: ${JSON.stringify(appDir)}, distDir: ${JSON.stringify(
    path.join(appDir, 'dist')
  )}, autoReload: false, serveAdminPanel: false }).load()).then(() => process.exit(0), (e) => { console.error(e.message); process.exit(3); })`;
  const { PATH, HOME } = process.env;
  const result = spawnSync(process.execPath, ['-e', script], {
    cwd: appDir,
    // No .env is read for these: dotenv does not override variables that are set, so set them empty.
    env: {
      PATH,
      HOME,
      NODE_ENV: 'production',
      DATABASE_FILENAME: '/nonexistent/never-opened.db',
      APP_KEYS: 'tobemodified,tobemodified',
      ADMIN_JWT_SECRET: 'set-for-real',
      API_TOKEN_SALT: '',
      TRANSFER_TOKEN_SALT: '',
      JWT_SECRET: '',
      ENCRYPTION_KEY: '',
    },
    encoding: 'utf8',
    timeout: 60000,
  });
  expect(result.status).toBe(3);
  expect(result.stderr).toMatch(/Refusing to start/);
  expect(result.stderr).toMatch(/APP_KEYS, API_TOKEN_SALT, TRANSFER_TOKEN_SALT, JWT_SECRET, ENCRYPTION_KEY/);
  expect(result.stderr).not.toMatch(/ADMIN_JWT_SECRET/);
});
