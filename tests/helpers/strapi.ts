import path from 'node:path';
import { type Core, createStrapi } from '@strapi/strapi';
import { createTestDatabase, useDatabase, type TestDatabase } from './database';
import { applyTestEnvironment } from './test-env';

const appDir = path.join(__dirname, '..', '..');
const distDir = path.join(appDir, 'dist');

export interface TestApp {
  strapi: Core.Strapi;
  database: TestDatabase;
  /** The HTTP server supertest talks to. */
  server: any;
  stop(): Promise<void>;
}

/**
 * Boots a real Strapi (compiled by the global setup) on its own fresh database, or on a given one.
 * `env` overrides the test environment for this instance (NODE_ENV=development, say); the previous
 * environment is restored when it stops, as test files share a worker process. `beforeLoad` sees the
 * instance before it registers and bootstraps, to watch what the start itself does (its logs, say).
 */
export async function startStrapi(
  options: {
    database?: TestDatabase;
    env?: Record<string, string>;
    serveAdminPanel?: boolean;
    beforeLoad?: (strapi: Core.Strapi) => void;
  } = {}
): Promise<TestApp> {
  const previousEnv = { ...process.env };
  applyTestEnvironment();
  const database = options.database ?? (await createTestDatabase());
  useDatabase(database);
  Object.assign(process.env, options.env);
  const created = createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: options.serveAdminPanel ?? false });
  options.beforeLoad?.(created);
  const strapi = await created.load();
  await strapi.server.mount();
  return {
    strapi,
    database,
    server: strapi.server.httpServer,
    async stop() {
      await settled(strapi);
      await strapi.destroy();
      if (!options.database) await database.drop();
      process.env = previousEnv;
    },
  };
}

/**
 * Waits (at most 5 s) until no query holds or waits for a connection. Strapi starts some queries
 * without awaiting them (its admin metrics count users after one is created); destroyed under
 * them, the pool leaves them waiting, and a minute later their timeout fails whichever test file
 * the worker process runs then.
 */
async function settled(strapi: Core.Strapi) {
  const pool = (strapi.db.connection.client as any).pool;
  const busy = () => pool && pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() > 0;
  const deadline = Date.now() + 5000;
  do await new Promise((resolve) => setTimeout(resolve, 20));
  while (busy() && Date.now() < deadline);
}
