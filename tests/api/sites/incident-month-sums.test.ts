import fc from 'fast-check';
import request from 'supertest';
import { createTestDatabase, type TestDatabase } from '../../helpers/database';
import { createIncident } from '../../helpers/fixtures';
import { referenceFigures } from '../../helpers/incident-reference';
import { startStrapi, type TestApp } from '../../helpers/strapi';
import { ParameterReader } from '../../../src/lib/public-query';
import type { Core } from '@strapi/strapi';

/**
 * The figures by month keep each whole month's sums with the month's version (src/incident-months).
 * Whatever editors do, the figures are those the Query Engine's reading counts, after every write;
 * a month's kept sums are read, not summed again, until a write of a published incident dated in
 * it; and on PostgreSQL, writes and reads at the same time leave no stale month behind.
 */
const INCIDENT = 'api::incident.incident';
const RANGES: Record<string, string>[] = [{ from: '2016-01-01', to: '2016-12-31' }, { from: '2016-03-15', to: '2017-02-10' }, {}, { from: '2016-06-01' }, { to: '2016-02-29' }];

const conditionsOf = (strapi: Core.Strapi, filters: Record<string, string>) => strapi.service('api::incident.incident-query').fromRequest(new ParameterReader(filters));
const figuresOf = async (strapi: Core.Strapi, filters: Record<string, string>, locale: string) =>
  strapi.service('api::incident.incident-figures').figures(await conditionsOf(strapi, filters), 'month', locale);

/** Every range's figures by month in both locales, as served and as the Query Engine's reading counts them. */
async function expectFiguresAsCounted(strapi: Core.Strapi) {
  for (const filters of RANGES) {
    for (const locale of ['en', 'ar']) {
      const expected = await referenceFigures(strapi, await conditionsOf(strapi, filters), 'month', locale);
      expect({ filters, locale, figures: await figuresOf(strapi, filters, locale) }).toEqual({ filters, locale, figures: expected });
    }
  }
}

const day = fc.integer({ min: 0, max: 545 }).map((n) => new Date(Date.UTC(2016, 0, 1) + n * 86400000).toISOString().slice(0, 10));
const casualties = fc.record({ killedMin: fc.integer({ min: 0, max: 40 }), injuredMin: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }) });

/** What editors do to incidents, as data (fast-check prints a failing sequence); `pick` chooses among the incidents made. */
const writes = fc.oneof(
  fc.record({ kind: fc.constant('publish a new one' as const), date: day, casualties, arabic: fc.boolean() }),
  fc.record({ kind: fc.constant('move and publish' as const), pick: fc.nat(), date: day, locale: fc.constantFrom('en', '*') }),
  fc.record({ kind: fc.constant('change figures and publish' as const), pick: fc.nat(), casualties }),
  fc.record({ kind: fc.constant('unpublish' as const), pick: fc.nat(), locale: fc.constantFrom('en', 'ar', '*') }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('translate and publish' as const), pick: fc.nat() }),
  // A draft's save: nothing public changes.
  fc.record({ kind: fc.constant('save a draft' as const), pick: fc.nat(), date: day, casualties }),
  // As an import would: one published version's date, which then disagrees with the other locale's.
  fc.record({ kind: fc.constant('date one version by the Query Engine' as const), pick: fc.nat(), date: day, locale: fc.constantFrom('en', 'ar') })
);
type Write = typeof writes extends fc.Arbitrary<infer T> ? T : never;

/** Makes the write, as the Document Service does it. */
async function make(strapi: Core.Strapi, documents: string[], write: Write) {
  const documentId = 'pick' in write ? documents[write.pick % documents.length] : '';
  const service = strapi.documents(INCIDENT) as any;
  switch (write.kind) {
    case 'publish a new one':
      documents.push((await createIncident(strapi, { date: write.date, casualties: write.casualties }, { publish: true, arabic: write.arabic ? { title: 'حادثة' } : undefined })).documentId);
      return;
    case 'move and publish':
      await service.update({ documentId, locale: 'en', data: { date: write.date } });
      await service.publish({ documentId, locale: write.locale });
      return;
    case 'change figures and publish':
      await service.update({ documentId, locale: 'en', data: { casualties: write.casualties } });
      await service.publish({ documentId, locale: 'en' });
      return;
    case 'unpublish':
      await service.unpublish({ documentId, locale: write.locale });
      return;
    case 'delete':
      documents.splice(documents.indexOf(documentId), 1);
      await service.delete({ documentId, locale: '*' });
      return;
    case 'translate and publish':
      await service.update({ documentId, locale: 'ar', data: { title: 'ترجمة' } });
      await service.publish({ documentId, locale: 'ar' });
      return;
    case 'save a draft':
      await service.update({ documentId, locale: 'en', data: { date: write.date, casualties: write.casualties } });
      return;
    case 'date one version by the Query Engine':
      await strapi.db.query(INCIDENT).updateMany({ where: { documentId, locale: write.locale, publishedAt: { $notNull: true } }, data: { date: write.date } });
  }
}

async function makeIncidents(strapi: Core.Strapi, count: number) {
  const documents: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const date = new Date(Date.UTC(2016, 0, 1) + ((n * 37) % 540) * 86400000).toISOString().slice(0, 10);
    const made = await createIncident(strapi, { date, casualties: { killedMin: n % 7, killedMax: n % 3 === 0 ? (n % 7) + 2 : undefined } }, { publish: true, arabic: n % 4 === 0 ? undefined : { title: `حادثة ${n}` } });
    documents.push(made.documentId);
  }
  return documents;
}

describe('on the run’s database', () => {
  let app: TestApp;
  let documents: string[];
  beforeAll(async () => {
    app = await startStrapi();
    documents = await makeIncidents(app.strapi, 24);
  }, 120000);
  afterAll(async () => app?.stop());

  test('after every write editors make, the figures by month are those the Query Engine’s reading counts', async () => {
    await expectFiguresAsCounted(app.strapi);
    await fc.assert(
      fc.asyncProperty(fc.array(writes, { minLength: 1, maxLength: 6 }), async (sequence) => {
        for (const write of sequence) {
          if (documents.length < 4) documents.push(...(await makeIncidents(app.strapi, 4)));
          await make(app.strapi, documents, write);
          await expectFiguresAsCounted(app.strapi);
        }
      }),
      { numRuns: 8 }
    );
  }, 300000);

  /** The statements summing incidents while `read` runs, with their bound dates. */
  async function summingStatements(read: () => Promise<unknown>) {
    const summing: unknown[][] = [];
    const listener = (query: { sql: string; bindings?: unknown[] }) => {
      if (/sum\(coalesce/.test(query.sql)) summing.push(query.bindings ?? []);
    };
    app.strapi.db.connection.client.on('query', listener);
    try {
      await read();
    } finally {
      app.strapi.db.connection.client.removeListener('query', listener);
    }
    return summing;
  }

  test('a whole month is summed once, then read; a write sums again only the months of what it wrote, a draft’s save none', async () => {
    const year = { from: '2016-01-01', to: '2016-12-31' };
    const api = () => request(app.server).get('/api/incident-figures').query({ groupBy: 'month', ...year, locale: 'en' }).expect(200);
    await figuresOf(app.strapi, year, 'en');
    expect(await summingStatements(() => figuresOf(app.strapi, year, 'en'))).toEqual([]);
    expect(await summingStatements(api)).toEqual([]);

    const made = await createIncident(app.strapi, { date: '2016-05-17', casualties: { killedMin: 5 } }, { publish: true });
    const afterPublish = await summingStatements(() => figuresOf(app.strapi, year, 'en'));
    expect(afterPublish).toHaveLength(1);
    expect(afterPublish[0]).toEqual(expect.arrayContaining(['2016-05-01', '2016-05-31']));
    expect((await api()).body).toEqual(await referenceFigures(app.strapi, await conditionsOf(app.strapi, year), 'month', 'en'));

    await app.strapi.documents(INCIDENT).update({ documentId: made.documentId, locale: 'en', data: { date: '2016-09-02', casualties: { killedMin: 50 } } } as any);
    expect(await summingStatements(() => figuresOf(app.strapi, year, 'en'))).toEqual([]);

    // Published, it moves from May to September: both months are summed again, in one statement over May to September.
    await app.strapi.documents(INCIDENT).publish({ documentId: made.documentId, locale: 'en' } as any);
    const afterMove = await summingStatements(() => figuresOf(app.strapi, year, 'en'));
    expect(afterMove).toHaveLength(1);
    expect(afterMove[0]).toEqual(expect.arrayContaining(['2016-05-01', '2016-09-30']));
    await expectFiguresAsCounted(app.strapi);
  });
});

describe('on PostgreSQL, writes and reads at the same time', () => {
  let database: TestDatabase;
  let app: TestApp;
  beforeAll(async () => {
    database = await createTestDatabase({ client: 'postgres' });
    app = await startStrapi({ database });
  }, 120000);
  afterAll(async () => {
    await app?.stop();
    await database?.drop();
  });

  test('leave every month’s figures as the Query Engine’s reading counts them', async () => {
    const documents = await makeIncidents(app.strapi, 12);
    for (let round = 0; round < 3; round += 1) {
      let writing = true;
      const readers = Array.from({ length: 4 }, async () => {
        while (writing) for (const filters of RANGES) await figuresOf(app.strapi, filters, round % 2 === 0 ? 'en' : 'ar');
      });
      const writers = Array.from({ length: 6 }, async (_, writer) => {
        for (let n = 0; n < 3; n += 1) {
          const month = String(((writer + n + round) % 12) + 1).padStart(2, '0');
          const made = await createIncident(app.strapi, { date: `2016-${month}-1${n}`, casualties: { killedMin: writer + n } }, { publish: true, arabic: n === 1 ? { title: 'حادثة' } : undefined });
          const documentId = documents[(writer * 3 + n + round) % documents.length];
          await app.strapi.documents(INCIDENT).update({ documentId, locale: 'en', data: { date: `2016-${month}-2${n}` } } as any);
          await app.strapi.documents(INCIDENT).publish({ documentId, locale: '*' } as any);
          documents.push(made.documentId);
        }
      });
      await Promise.all(writers);
      writing = false;
      await Promise.all(readers);
      await expectFiguresAsCounted(app.strapi);
    }
  }, 300000);
});

describe('a start', () => {
  test('forgets the sums kept, which writes made outside the Query Engine may have left stale', async () => {
    const database = await createTestDatabase();
    let app = await startStrapi({ database });
    try {
      const made = await createIncident(app.strapi, { date: '2016-04-04', casualties: { killedMin: 3 } }, { publish: true, arabic: { title: 'حادثة' } });
      expect((await figuresOf(app.strapi, {}, 'en')).meta.total.killed.min).toBe(3);
      // A restored dump, or SQL run by hand: no lifecycle sees it.
      await app.strapi.db.connection('incidents').where({ document_id: made.documentId }).whereNotNull('published_at').update({ date: '2016-08-08' });
      await app.stop();
      app = await startStrapi({ database });
      const figures = await figuresOf(app.strapi, {}, 'en');
      expect(figures.data.map((month: any) => month.key)).toEqual(['2016-08']);
      expect(figures).toEqual(await referenceFigures(app.strapi, {}, 'month', 'en'));
    } finally {
      await app.stop();
      await database.drop();
    }
  }, 120000);
});
