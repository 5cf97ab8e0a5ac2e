import request from 'supertest';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { startStrapi } from '../helpers/strapi';

/**
 * What a start does: locales, permissions and roles every time (idempotently); in development the
 * demo content and the demo admin. Production starts: tests/api/production-start.test.ts.
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
