import { databaseSettled } from '@syria-cms/strapi-server-helpers';
import request from 'supertest';
import { loginAdmin } from '../helpers/auth';
import { createTestDatabase, postgresServer, type TestDatabase } from '../helpers/database';
import { eventually } from '../helpers/eventually';
import { createArticle } from '../helpers/fixtures';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy';

/**
 * While the database cannot be reached every route answers 503 with Retry-After, not a 401 from an
 * auth strategy that swallowed the error nor a 500, and answers again once it is back, without a
 * restart. Public reads the response cache holds are the exception: they are still answered, as
 * nothing can have been written since they were kept. PostgreSQL, reached through a proxy the test cuts; it runs in the suite's PostgreSQL
 * pass only, since an embedded SQLite file cannot become unreachable (and `npm test` on SQLite
 * needs no server).
 */
(process.env.DATABASE_CLIENT === 'postgres' ? describe : describe.skip)('a database that cannot be reached', () => {
  let proxy: TcpProxy;
  let database: TestDatabase;
  let app: TestApp;
  let adminToken: string;
  let articleId: string;

  beforeAll(async () => {
    proxy = await startTcpProxy(postgresServer());
    database = await createTestDatabase({ client: 'postgres', address: { host: '127.0.0.1', port: proxy.port } });
    app = await startStrapi({ database, env: { DATABASE_RETRY_AFTER_SECONDS: '7' } });
    articleId = (await createArticle(app.strapi, {}, { publish: true })).documentId;
    adminToken = await loginAdmin(app.strapi, app.server, 'strapi-super-admin');
  });
  afterAll(async () => {
    await app?.stop();
    await proxy?.close();
    await database?.drop();
  });

  const get = (path: string) => request(app.server).get(path);

  /**
   * Every read under test, as [name, request]: public reads, the incident linker and the admin API.
   * `variant` gives public URLs of their own (a page size, a grouping, a word), so that a test
   * can ask what the response cache has never kept.
   */
  const reads = (variant = 0) => [
    ...[
      `/api/articles?pagination[pageSize]=${10 + variant}`,
      `/api/incidents?pagination[pageSize]=${10 + variant}`,
      `/api/sources?pagination[pageSize]=${10 + variant}`,
      `/api/incident-figures?groupBy=${['month', 'governorate', 'weapon', 'perpetrator'][variant]}`,
      `/api/search?q=${['idlib', 'aleppo', 'homs', 'daraa'][variant]}`,
      `/api/incidents.geojson?from=201${variant}-01-01`,
      `/api/incident-linker/articles/${articleId}/incidents?locale=${['en', 'ar'][variant % 2]}`,
    ].map((path) => [`GET ${path}`, () => get(path)] as const),
    ['GET /admin/users/me', () => get('/admin/users/me').set('Authorization', `Bearer ${adminToken}`)] as const,
  ];
  const login = () => request(app.server).post('/admin/login').send({ email: 'editor@test.example', password: 'Test-Password-1' });

  const expectUnavailable = (name: string, response: request.Response) => {
    expect([name, response.status]).toEqual([name, 503]);
    expect(response.headers['retry-after']).toBe('7');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers.etag).toBeUndefined();
    expect(response.body).toEqual({
      data: null,
      error: { status: 503, name: 'ServiceUnavailableError', message: 'The database cannot be reached; try again shortly', details: {} },
    });
  };

  /** Within a few seconds of the database coming back, without a restart. */
  const expectAnsweringAgain = async (variant: number) => {
    for (const [name, send] of reads(variant)) {
      const response = await eventually(send, (answer) => answer.status === 200, 5000);
      expect([name, response.status]).toEqual([name, 200]);
    }
  };
  const isPublicRead = (name: string) => name.startsWith('GET /api/');

  test('every route answers 503 with Retry-After while the database refuses connections, but what the response cache holds, and 200 again when it is back', async () => {
    // Strapi's work after the writes of beforeAll would empty the cache once over.
    await databaseSettled(app.strapi);
    for (const [name, send] of reads(0)) expect([name, (await send()).status]).toEqual([name, 200]);

    await proxy.cut();
    for (const [name, send] of reads(0)) {
      const response = await send();
      if (isPublicRead(name)) expect([name, response.status, response.headers['x-response-cache']]).toEqual([name, 200, 'hit']);
      else expectUnavailable(name, response);
    }
    for (const [name, send] of [...reads(1), ['POST /admin/login', login] as const]) expectUnavailable(name, await send());

    await proxy.restore();
    await expectAnsweringAgain(1);
  });

  test('a database behind a silent network is a 503 within seconds, not after the pool has waited 30 s', async () => {
    await proxy.silence();
    const started = Date.now();
    // A list whose 401 hides the failure, and an endpoint whose query fails; neither asked before.
    const [articles, figures] = await Promise.all([get('/api/articles?pagination[pageSize]=12'), get('/api/incident-figures?groupBy=weapon')]);
    expectUnavailable('GET /api/articles', articles);
    expectUnavailable('GET /api/incident-figures', figures);
    expect(Date.now() - started).toBeLessThan(20000);

    await proxy.restore();
    await expectAnsweringAgain(2);
  });
});
