import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';
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

/** Boots a real Strapi (compiled by the global setup) on its own fresh database. */
export async function startStrapi(options: { database?: TestDatabase } = {}): Promise<TestApp> {
  applyTestEnvironment();
  const database = options.database ?? (await createTestDatabase());
  useDatabase(database);
  const strapi = await createStrapi({ appDir, distDir, autoReload: false, serveAdminPanel: false }).load();
  await strapi.server.mount();
  return {
    strapi,
    database,
    server: strapi.server.httpServer,
    async stop() {
      await strapi.destroy();
      if (!options.database) await database.drop();
    },
  };
}
