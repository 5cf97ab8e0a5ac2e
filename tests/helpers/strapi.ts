import path from 'node:path';
import { type Core, createStrapi } from '@strapi/strapi';
import { databaseSettled } from '@syria-cms/strapi-server-helpers';
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
  // The upload plugin counts the media library for its weekly usage metrics 15 s after a first
  // start, on a timer: on a loaded machine that landed inside a test's query count (ten queries
  // counted against a cache hit). No test is about it; one calls it directly.
  strapi.cron.remove('uploadWeekly');
  await strapi.server.mount();
  return {
    strapi,
    database,
    server: strapi.server.httpServer,
    async stop() {
      await databaseSettled(strapi);
      await strapi.destroy();
      if (!options.database) await database.drop();
      process.env = previousEnv;
    },
  };
}
