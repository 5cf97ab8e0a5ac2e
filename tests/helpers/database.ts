import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

/** A fresh database for one booted Strapi: a temporary SQLite file, or a new PostgreSQL database. */
export interface TestDatabase {
  env: Record<string, string>;
  drop(): Promise<void>;
}

const isPostgres = () => process.env.DATABASE_CLIENT === 'postgres';

const adminConnection = () => ({
  host: process.env.DATABASE_HOST ?? '127.0.0.1',
  port: Number(process.env.DATABASE_PORT ?? 5432),
  user: process.env.DATABASE_USERNAME ?? 'postgres',
  password: process.env.DATABASE_PASSWORD ?? '',
  database: 'postgres',
});

async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client(adminConnection());
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

let counter = 0;

export async function createTestDatabase(): Promise<TestDatabase> {
  counter += 1;
  if (isPostgres()) {
    const name = `strapi_test_${process.pid}_${Date.now()}_${counter}`;
    await withAdminClient((client) => client.query(`CREATE DATABASE ${name}`));
    return {
      env: { DATABASE_CLIENT: 'postgres', DATABASE_NAME: name },
      drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strapi-test-'));
  return {
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** An existing database (e.g. for a second instance on the same data) keeps the env it was made with. */
export const useDatabase = (database: TestDatabase) => Object.assign(process.env, database.env);
