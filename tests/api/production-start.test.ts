import { spawnSync } from 'node:child_process';
import path from 'node:path';
import request from 'supertest';
import { createAdminUser } from '../helpers/auth';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { startStrapi } from '../helpers/strapi';
import { PRODUCTION_SECRETS } from '../helpers/test-env';

/**
 * What keeps a deployed server closed: no start without real secrets (and no need of them to
 * build), no demo admin and no demo password that logs in, no account anyone can open for
 * themselves, and no first super admin made by whoever calls the server first.
 */
const appDir = path.join(__dirname, '..', '..');
const production = { NODE_ENV: 'production', ...PRODUCTION_SECRETS };
/** The demo admin as a development `.env` names it, and the password README publishes. */
const devAdmin = { DEV_ADMIN_EMAIL: 'demo@example.org', DEV_ADMIN_PASSWORD: 'Demo-Password-1' };
const DOCUMENTED_DEMO_PASSWORD = 'Demo-Admin-2017';
const firstAdmin = { email: 'first@example.org', password: 'Strong-Password-93', firstname: 'First' };

/**
 * Runs node with the given arguments in the app directory and only the given environment. Variables
 * set empty stay empty: dotenv does not override variables that are set, so no `.env` fills them in.
 */
const runNode = (args: string[], env: Record<string, string>) => {
  const { PATH, HOME } = process.env;
  const result = spawnSync(process.execPath, args, { cwd: appDir, env: { PATH, HOME, ...env }, encoding: 'utf8', timeout: 60000 });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
};

/**
 * A real `strapi start` (the CLI, on the compiled app). Its database is a port nothing listens on:
 * a start that got past the secrets fails there instead of serving.
 */
const strapiStart = (env: Record<string, string>) =>
  runNode([path.join(appDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'], {
    ...PRODUCTION_SECRETS,
    DATABASE_CLIENT: 'postgres',
    DATABASE_HOST: '127.0.0.1',
    DATABASE_PORT: '1',
    ...env,
  });

describe('secrets', () => {
  test('a production start without real secrets is refused, naming the missing ones', () => {
    const result = strapiStart({
      NODE_ENV: 'production',
      APP_KEYS: 'tobemodified,tobemodified',
      API_TOKEN_SALT: '',
      TRANSFER_TOKEN_SALT: '',
      JWT_SECRET: '',
      ENCRYPTION_KEY: '',
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/Refusing to start/);
    expect(result.output).toMatch(/APP_KEYS, API_TOKEN_SALT, TRANSFER_TOKEN_SALT, JWT_SECRET, ENCRYPTION_KEY/);
    expect(result.output).not.toMatch(/ADMIN_JWT_SECRET/);
  });

  test('a production start with secrets too short to be secret is refused, naming them', () => {
    const result = strapiStart({
      NODE_ENV: 'production',
      // One key of two is short: each key signs cookies on its own.
      APP_KEYS: 'production-key-number-1,k',
      JWT_SECRET: 'x',
      ENCRYPTION_KEY: '123456789012345',
    });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/Refusing to start/);
    expect(result.output).toMatch(/shorter than 16 characters[^\n]*: APP_KEYS, JWT_SECRET, ENCRYPTION_KEY/);
    expect(result.output).not.toMatch(/ADMIN_JWT_SECRET|API_TOKEN_SALT|TRANSFER_TOKEN_SALT/);
  });

  test('the build needs no secrets: it loads the configuration, which asks for none', () => {
    // `strapi build` reads the configuration through createStrapi() and never registers or boots the app.
    const script = `require('@strapi/strapi').createStrapi({ appDir: process.cwd(), distDir: 'dist', autoReload: true, serveAdminPanel: false }); console.log('configuration loaded')`;
    const empty = Object.fromEntries(Object.keys(PRODUCTION_SECRETS).map((name) => [name, '']));
    const result = runNode(['-e', script], { NODE_ENV: 'production', ...empty });
    expect(result.output).toMatch(/configuration loaded/);
    expect(result.status).toBe(0);
  });
});

describe('a fresh production database', () => {
  test('has no demo admin, no demo content, and no first admin registered over HTTP', async () => {
    const app = await startStrapi({ env: { ...production, ...devAdmin } });
    try {
      expect(await app.strapi.db.query('admin::user').count({})).toBe(0);
      expect(await app.strapi.db.query('api::article.article').count({})).toBe(0);

      // The login page still learns that there is no admin yet; the panel shows the register form.
      const init = await request(app.server).get('/admin/init');
      expect(init.status).toBe(200);
      expect(init.body.data.hasAdmin).toBe(false);

      for (const path of ['/admin/register-admin', '/admin/register-admin/', '/ADMIN/Register-Admin']) {
        const response = await request(app.server).post(path).send(firstAdmin);
        expect([path, response.status]).toEqual([path, 403]);
        expect(response.body.error.message).toMatch(/npx strapi admin:create-user/);
      }
      expect(await app.strapi.db.query('admin::user').count({})).toBe(0);
    } finally {
      await app.stop();
    }
  });

  test('lets the first admin register over HTTP when ADMIN_FIRST_REGISTRATION=true', async () => {
    const app = await startStrapi({ env: { ...production, ADMIN_FIRST_REGISTRATION: 'true' } });
    try {
      expect((await request(app.server).post('/admin/register-admin').send(firstAdmin)).status).toBe(200);
      expect(await app.strapi.db.query('admin::user').count({})).toBe(1);
    } finally {
      await app.stop();
    }
  });
});

test('outside production, the first admin registers over HTTP and no demo admin is created', async () => {
  const app = await startStrapi({ env: devAdmin });
  try {
    expect(await app.strapi.db.query('admin::user').count({})).toBe(0);
    expect((await request(app.server).post('/admin/register-admin').send(firstAdmin)).status).toBe(200);
  } finally {
    await app.stop();
  }
});

describe('a database first started in development, then in production', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.drop());

  const login = (server: any, email: string, password: string) => request(server).post('/admin/login').send({ email, password });
  const accounts = {
    devAdmin: { email: devAdmin.DEV_ADMIN_EMAIL, password: devAdmin.DEV_ADMIN_PASSWORD },
    // The documented demo password on another address: passwords are what is checked, not emails.
    documented: { email: 'editor@example.org', password: DOCUMENTED_DEMO_PASSWORD },
    // README's demo address with a password of its own: not a demo password, left alone.
    ownPassword: { email: 'admin@example.org', password: 'Strong-Password-93' },
  };

  test('admins still holding a demo password are disabled by a production start, which says how to enable them again', async () => {
    const development = await startStrapi({ database, env: { NODE_ENV: 'development', DEMO_DATA: 'false', ...devAdmin } });
    try {
      expect((await login(development.server, accounts.devAdmin.email, accounts.devAdmin.password)).status).toBe(200);
      await createAdminUser(development.strapi, 'strapi-editor', accounts.documented);
      await createAdminUser(development.strapi, 'strapi-super-admin', accounts.ownPassword);
    } finally {
      await development.stop();
    }

    let warn: jest.SpyInstance | undefined;
    const app = await startStrapi({
      database,
      // The same .env, now with production secrets.
      env: { ...production, ...devAdmin },
      beforeLoad: (strapi) => {
        warn = jest.spyOn(strapi.log, 'warn');
      },
    });
    try {
      const warnings = warn!.mock.calls.map(([message]) => String(message));
      for (const { email, password } of [accounts.devAdmin, accounts.documented]) {
        // Strapi's answer to the right password of a disabled account.
        const refused = await login(app.server, email, password);
        expect([email, refused.status, refused.body.error.message]).toEqual([email, 400, 'User not active']);
        expect(await app.strapi.db.query('admin::user').findOne({ where: { email } })).toMatchObject({ isActive: false });
        const warning = warnings.find((line) => line.includes(email));
        expect(warning).toMatch(/demo password/);
        expect(warning).toMatch(/npx strapi admin:reset-user-password --email/);
      }
      expect((await login(app.server, accounts.ownPassword.email, accounts.ownPassword.password)).status).toBe(200);
      expect(warnings.some((line) => line.includes(accounts.ownPassword.email))).toBe(false);

      // What the warning says to do, as admin:reset-user-password and admin:active-user do it.
      const users = app.strapi.service('admin::user');
      await users.resetPasswordByEmail(accounts.devAdmin.email, 'New-Password-2026');
      await users.updateById((await users.findOneByEmail(accounts.devAdmin.email)).id, { isActive: true });
    } finally {
      await app.stop();
    }

    const next = await startStrapi({ database, env: { ...production, ...devAdmin } });
    try {
      expect((await login(next.server, accounts.devAdmin.email, 'New-Password-2026')).status).toBe(200);
      expect((await login(next.server, accounts.documented.email, accounts.documented.password)).body.error.message).toBe('User not active');
    } finally {
      await next.stop();
    }
  });
});

describe('registration of users-permissions accounts (POST /api/auth/local/register)', () => {
  const register = (server: any, name: string) =>
    request(server).post('/api/auth/local/register').send({ username: name, email: `${name}@example.org`, password: 'Strong-Password-93' });

  test('is closed on a fresh database', async () => {
    const app = await startStrapi();
    try {
      const response = await register(app.server, 'anyone');
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/disabled/);
      expect(await app.strapi.db.query('plugin::users-permissions.user').count({})).toBe(0);
    } finally {
      await app.stop();
    }
  });

  test('is open when PUBLIC_REGISTRATION=true, and closed again by the next start without it', async () => {
    const database: TestDatabase = await createTestDatabase();
    try {
      const open = await startStrapi({ database, env: { PUBLIC_REGISTRATION: 'true' } });
      try {
        expect((await register(open.server, 'first')).status).toBe(200);
      } finally {
        await open.stop();
      }

      const closed = await startStrapi({ database });
      try {
        expect((await register(closed.server, 'second')).status).toBe(400);
        expect(await closed.strapi.db.query('plugin::users-permissions.user').count({})).toBe(1);
      } finally {
        await closed.stop();
      }
    } finally {
      await database.drop();
    }
  });
});
