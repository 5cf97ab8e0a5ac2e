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

/**
 * A copy of a database none of whose connections are open (stop the Strapi on it first): the
 * SQLite file copied, or a PostgreSQL database made from it as a template. The copy is dropped
 * with its own drop().
 */
export async function copyTestDatabase(source: TestDatabase): Promise<TestDatabase> {
  const copy = await createTestDatabase({ client: source.env.DATABASE_CLIENT === 'postgres' ? 'postgres' : 'sqlite' });
  if (source.env.DATABASE_CLIENT === 'postgres') {
    await withAdminClient(adminConnection(), async (client) => {
      await client.query(`DROP DATABASE ${copy.env.DATABASE_NAME}`);
      await client.query(`CREATE DATABASE ${copy.env.DATABASE_NAME} TEMPLATE ${source.env.DATABASE_NAME}`);
    });
  } else {
    for (const suffix of ['', '-wal', '-shm']) {
      const file = source.env.DATABASE_FILENAME + suffix;
      if (fs.existsSync(file)) fs.copyFileSync(file, copy.env.DATABASE_FILENAME + suffix);
    }
  }
  return copy;
}

/** Plain SQL on a test database, around Strapi: `?` placeholders on both clients. */
export interface RawConnection {
  client: 'sqlite' | 'postgres';
  query<T = any>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function connectRaw(database: TestDatabase): Promise<RawConnection> {
  if (database.env.DATABASE_CLIENT === 'postgres') {
    const client = new Client({ ...adminConnection(), database: database.env.DATABASE_NAME });
    await client.connect();
    return {
      client: 'postgres',
      async query(sql, params = []) {
        let n = 0;
        const result = await client.query(
          sql.replace(/\?/g, () => `$${(n += 1)}`),
          params
        );
        return result.rows;
      },
      close: () => client.end(),
    };
  }
  // better-sqlite3 is what Strapi itself uses for SQLite; it ships no types.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const Sqlite = require('better-sqlite3');
  const connection = new Sqlite(database.env.DATABASE_FILENAME);
  return {
    client: 'sqlite',
    async query(sql, params = []) {
      const statement = connection.prepare(sql);
      const values = params.map((value) => (typeof value === 'boolean' ? Number(value) : value));
      return statement.reader ? statement.all(...values) : (statement.run(...values), []);
    },
    close: async () => connection.close(),
  };
}
