import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

/** A fresh database for one booted Strapi: a temporary SQLite file, or a new PostgreSQL database. */
export interface TestDatabase {
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** The PostgreSQL server the tests use. */
export const postgresServer = () => ({
  host: process.env.DATABASE_HOST ?? '127.0.0.1',
  port: Number(process.env.DATABASE_PORT ?? 5432),
});

const adminConnection = () => ({
  ...postgresServer(),
  user: process.env.DATABASE_USERNAME ?? 'postgres',
  password: process.env.DATABASE_PASSWORD ?? '',
  database: 'postgres',
});

async function withAdminClient<T>(connection: ReturnType<typeof adminConnection>, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client(connection);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

let counter = 0;

/**
 * `client` overrides DATABASE_CLIENT, for a test that needs PostgreSQL whatever the run; `address`
 * is where Strapi reaches PostgreSQL when not directly (through a proxy). The database is created
 * and dropped on the server itself.
 */
export async function createTestDatabase(
  options: { client?: 'sqlite' | 'postgres'; address?: { host: string; port: number } } = {}
): Promise<TestDatabase> {
  counter += 1;
  if ((options.client ?? process.env.DATABASE_CLIENT) === 'postgres') {
    const name = `strapi_test_${process.pid}_${Date.now()}_${counter}`;
    // Kept from now: the environment may point elsewhere (at the proxy) when the database is dropped.
    const admin = adminConnection();
    await withAdminClient(admin, (client) => client.query(`CREATE DATABASE ${name}`));
    const address: Record<string, string> = options.address ? { DATABASE_HOST: options.address.host, DATABASE_PORT: String(options.address.port) } : {};
    return {
      env: { DATABASE_CLIENT: 'postgres', DATABASE_NAME: name, ...address },
      drop: () => withAdminClient(admin, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
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
