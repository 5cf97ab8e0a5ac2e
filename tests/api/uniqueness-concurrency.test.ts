import request from 'supertest';
import { loginAdmin } from '../helpers/auth';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * Uniqueness holds under simultaneous writes: the database decides, not a read before the write.
 * PostgreSQL runs writes in parallel, so it is tested whatever the run's DATABASE_CLIENT (this file
 * needs the PostgreSQL server even in the SQLite pass); the SQLite pass tests SQLite too, whose one
 * connection serializes transactions but not a read made before one.
 */
const CLIENTS = process.env.DATABASE_CLIENT === 'postgres' ? (['postgres'] as const) : (['postgres', 'sqlite'] as const);
const WRITERS = 50;

const ARTICLE = 'api::article.article';
const WEAPON = 'api::weapon.weapon';
const LOCATION = 'api::location.location';
const INCIDENT = 'api::incident.incident';

const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

/** The values of the fulfilled results, and the reasons of the rejected ones. */
function settle<T>(results: PromiseSettledResult<T>[]) {
  return {
    values: results.filter((r): r is PromiseFulfilledResult<T> => r.status === 'fulfilled').map((r) => r.value),
    reasons: results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason),
  };
}

/** A client's mistake: a ValidationError naming the field (a 400 over HTTP), not a database error (a 500). */
function expectFieldErrors(reasons: any[], field: string) {
  for (const reason of reasons) {
    expect({ name: reason?.name, paths: (reason?.details?.errors ?? []).map((e: any) => e.path.join('.')), message: reason?.message }).toMatchObject({
      name: 'ValidationError',
      paths: expect.arrayContaining([field]),
    });
  }
}

describe.each(CLIENTS)('on %s', (client) => {
  let database: TestDatabase;
  let app: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase({ client });
    app = await startStrapi({ database });
  });
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  const documents = (uid: string) => app.strapi.documents(uid as any);
  const rowsOf = (uid: string, where: Record<string, unknown>) => app.strapi.db.query(uid as any).findMany({ where });

  describe('article slugs', () => {
    const title = 'Simultaneous airstrikes on Maarat Alnouman';
    let documentIds: string[];

    test(`${WRITERS} simultaneous creates with one title get ${WRITERS} distinct slugs`, async () => {
      const { values, reasons } = settle(
        await Promise.allSettled(
          times(WRITERS, () => documents(ARTICLE).create({ locale: 'en', data: { title, dateline: '2017-04-10T15:15:00.000Z' } as any }))
        )
      );
      expect(reasons).toEqual([]);
      documentIds = values.map((article: any) => article.documentId);
      const drafts = await rowsOf(ARTICLE, { locale: 'en', publishedAt: null, title });
      expect(drafts).toHaveLength(WRITERS);
      expect(new Set(drafts.map((row: any) => row.slug)).size).toBe(WRITERS);
    });

    test(`publishing the ${WRITERS} same-titled drafts at once puts no two on one slug`, async () => {
      const { reasons } = settle(await Promise.allSettled(documentIds.map((documentId) => documents(ARTICLE).publish({ documentId, locale: 'en' } as any))));
      expect(reasons).toEqual([]);
      const published = await rowsOf(ARTICLE, { locale: 'en', publishedAt: { $notNull: true }, title });
      expect(published).toHaveLength(WRITERS);
      expect(new Set(published.map((row: any) => row.slug)).size).toBe(WRITERS);
    });

    test(`${WRITERS} simultaneous updates to one explicit slug: one wins, the others are told why`, async () => {
      const { values, reasons } = settle(
        await Promise.allSettled(documentIds.map((documentId) => documents(ARTICLE).update({ documentId, locale: 'en', data: { slug: 'one-url' } } as any)))
      );
      expect(values).toHaveLength(1);
      expectFieldErrors(reasons, 'slug');
      expect(await rowsOf(ARTICLE, { locale: 'en', publishedAt: null, slug: 'one-url' })).toHaveLength(1);
    });
  });

  describe.each([
    { uid: WEAPON, field: 'key', values: ['barrel-bomb', 'vacuum-bomb'], data: (i: number) => ({ label: `Bomb ${i}` }) },
    { uid: LOCATION, field: 'pcode', values: ['SY09', 'SY10'], data: (i: number) => ({ name: `Governorate ${i}`, level: 'governorate' }) },
    { uid: INCIDENT, field: 'externalId', values: ['SNHR-2017-0409', 'SNHR-2017-0410'], data: (i: number) => ({ title: `Incident ${i}`, date: '2017-04-09' }) },
  ])('$uid $field', ({ uid, field, values: [value, other], data }) => {
    test(`${WRITERS} simultaneous creates with one ${field}: exactly one succeeds, the others get the field's error`, async () => {
      const { values, reasons } = settle(
        await Promise.allSettled(times(WRITERS, (i) => documents(uid).create({ locale: 'en', data: { ...data(i), [field]: value } as any })))
      );
      expect(values).toHaveLength(1);
      expectFieldErrors(reasons, field);
      expect(await rowsOf(uid, { [field]: value })).toHaveLength(1);
    });

    test(`the same across locales: documents created in en and in ar at once`, async () => {
      const { values, reasons } = settle(
        await Promise.allSettled(
          times(WRITERS, (i) => documents(uid).create({ locale: i % 2 ? 'ar' : 'en', data: { ...data(i), [field]: other } as any }))
        )
      );
      expect(values).toHaveLength(1);
      expectFieldErrors(reasons, field);
      expect(await rowsOf(uid, { [field]: other })).toHaveLength(1);
    });
  });

  describe('through the admin panel (Content Manager over HTTP)', () => {
    let token: string;
    let address: string;
    beforeAll(async () => {
      token = await loginAdmin(app.strapi, app.server, 'strapi-editor');
      // Listening once: supertest would open a listener per request, which many at once do not share well.
      await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
      address = `http://127.0.0.1:${app.server.address().port}`;
    });
    const post = (path: string, body: object) =>
      request(address).post(`/content-manager/collection-types/${path}`).set('Authorization', `Bearer ${token}`).send(body);

    /** One 2xx; the others 400s naming the field. */
    function expectOneWinner(responses: request.Response[], field: string) {
      expect(responses.filter((r) => r.status < 300)).toHaveLength(1);
      for (const response of responses.filter((r) => r.status >= 300)) {
        expect({ status: response.status, paths: (response.body.error?.details?.errors ?? []).map((e: any) => e.path.join('.')) }).toEqual({
          status: 400,
          paths: expect.arrayContaining([field]),
        });
      }
    }

    test('a duplicate key is a 400 naming the field', async () => {
      expect((await post(`${WEAPON}?locale=en`, { key: 'cluster-munition', label: 'Cluster munition' })).status).toBe(201);
      const response = await post(`${WEAPON}?locale=ar`, { key: 'cluster-munition', label: 'ذخائر عنقودية' });
      expect(response.status).toBe(400);
      expect(response.body.error.details.errors).toEqual([expect.objectContaining({ path: ['key'], message: 'key "cluster-munition" is already used by another weapon' })]);
    });

    test(`${WRITERS} simultaneous creates of one key: one 201, the others 400s naming the field`, async () => {
      const responses = await Promise.all(times(WRITERS, (i) => post(`${WEAPON}?locale=${i % 2 ? 'ar' : 'en'}`, { key: 'thermobaric', label: `Thermobaric ${i}` })));
      expectOneWinner(responses, 'key');
    });

    test(`${WRITERS} simultaneous create-and-publish of one external id (one transaction each): one wins`, async () => {
      const responses = await Promise.all(
        times(WRITERS, (i) => post(`${INCIDENT}/actions/publish?locale=en`, { title: `Shelling ${i}`, date: '2017-04-08', externalId: 'VDC-2017-0408' }))
      );
      expectOneWinner(responses, 'externalId');
      expect(await rowsOf(INCIDENT, { externalId: 'VDC-2017-0408' })).toHaveLength(2);
    });

    test(`${WRITERS} simultaneous create-and-publish of one title: distinct slugs`, async () => {
      const title = 'Chemical attack on Khan Sheikhoun';
      const responses = await Promise.all(times(WRITERS, () => post(`${ARTICLE}/actions/publish?locale=en`, { title, dateline: '2017-04-04T06:30:00.000Z' })));
      expect(responses.map((r) => r.status)).toEqual(times(WRITERS, () => 200));
      const published = await rowsOf(ARTICLE, { locale: 'en', publishedAt: { $notNull: true }, title });
      expect(new Set(published.map((row: any) => row.slug)).size).toBe(WRITERS);
    });
  });
});
