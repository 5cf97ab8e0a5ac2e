import { createTestDatabase, type TestDatabase } from '../../helpers/database';
import { countQueries } from '../../helpers/query-counter';
import { ARTICLE, INCIDENT } from '../../../src/uids';
import { createArticle, createIncident } from '../../helpers/fixtures';
import { startStrapi } from '../../helpers/strapi';

/**
 * Documents written without the workflow (before it existed, or by a bulk import through the
 * Query Engine) get their translation state at the next start; documents that have one keep it.
 */
const STATE = 'plugin::translation-workflow.state';
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.drop());

test('a start records the state of each document that has none, and leaves the others as they were', async () => {
  const first = await startStrapi({ database });
  let withoutState: string;
  let kept: unknown[];
  try {
    withoutState = (await createArticle(first.strapi, { title: 'Written before the workflow' })).documentId;
    const other = (await createArticle(first.strapi, { title: 'Written with the workflow' })).documentId;
    await first.strapi.db.query(STATE).deleteMany({ where: { targetDocumentId: withoutState } });
    kept = await first.strapi.db.query(STATE).findMany({ where: { targetDocumentId: other }, orderBy: { id: 'asc' } });
    expect(kept.length).toBeGreaterThan(0);
  } finally {
    await first.stop();
  }

  const second = await startStrapi({ database });
  try {
    const states = (targetDocumentId: string) => second.strapi.db.query(STATE).findMany({ where: { targetDocumentId }, orderBy: { id: 'asc' } });
    expect((await states(withoutState)).length).toBeGreaterThan(0);
    expect(await states((kept[0] as any).targetDocumentId)).toEqual(kept);
  } finally {
    await second.stop();
  }
});

/** A state row without what differs between two recordings of the same state. */
const comparable = ({ id, documentId, createdAt, updatedAt, publishedAt, ...state }: any) => state;

test('a batch of documents without a state gets, in one insert, the states each would get alone', async () => {
  const app = await startStrapi({ database });
  try {
    const made = [
      [ARTICLE, (await createArticle(app.strapi, { title: 'English only, draft' })).documentId],
      [ARTICLE, (await createArticle(app.strapi, { title: 'Both, published' }, { arabic: { title: 'كلاهما' }, publish: true })).documentId],
      [INCIDENT, (await createIncident(app.strapi, { title: 'An incident in both' }, { arabic: { title: 'حادثة' } })).documentId],
      [INCIDENT, (await createIncident(app.strapi, { title: 'A published incident' }, { publish: true })).documentId],
    ] as const;
    const statesOf = async (documentId: string) =>
      (await app.strapi.db.query(STATE).findMany({ where: { targetDocumentId: documentId }, orderBy: { locale: 'asc' } })).map(comparable);
    const service = app.strapi.plugin('translation-workflow').service('states');

    const alone = new Map<string, unknown[]>();
    for (const [uid, documentId] of made) {
      await app.strapi.db.query(STATE).deleteMany({ where: { targetDocumentId: documentId } });
      await service.refresh(uid, documentId);
      alone.set(documentId, await statesOf(documentId));
      expect(alone.get(documentId)).toHaveLength(2);
    }
    // One read of the versions and one insert, whatever the number of documents: two cost what one costs.
    const recorded = async (uid: string, ids: string[]) => {
      await app.strapi.db.query(STATE).deleteMany({ where: { targetDocumentId: { $in: ids } } });
      return (await countQueries(app.strapi, () => service.recordMissing(uid, ids))).queries;
    };
    for (const uid of [ARTICLE, INCIDENT]) {
      const ids = made.filter(([type]) => type === uid).map(([, documentId]) => documentId);
      expect(await recorded(uid, ids)).toBe(await recorded(uid, ids.slice(0, 1)));
      await recorded(uid, ids);
    }
    for (const [, documentId] of made) expect([documentId, await statesOf(documentId)]).toEqual([documentId, alone.get(documentId)]);

    // Recorded meanwhile (by another instance starting too): the batch refreshes them instead.
    const ids = made.filter(([type]) => type === ARTICLE).map(([, documentId]) => documentId);
    await service.recordMissing(ARTICLE, ids);
    for (const documentId of ids) expect(await statesOf(documentId)).toEqual(alone.get(documentId));
  } finally {
    await app.stop();
  }
});

test('more documents than one insert takes are all recorded, a state per configured locale', async () => {
  const app = await startStrapi({ database });
  try {
    // Written through the Query Engine, as a bulk import does: no state is recorded for them.
    const ids = Array.from({ length: 1001 }, (_, n) => `many-${Date.now()}-${n}`);
    const rows = ids.map((documentId, n) => ({ documentId, locale: n % 2 ? 'ar' : 'en', title: `Imported ${n}`, date: '2016-05-01', publishedAt: null }));
    for (let start = 0; start < rows.length; start += 250) await app.strapi.db.query(INCIDENT).createMany({ data: rows.slice(start, start + 250) });
    await app.strapi.plugin('translation-workflow').service('states').recordMissing(INCIDENT, ids);
    const recorded: any[] = await app.strapi.db.connection(app.strapi.db.metadata.get(STATE).tableName).select('target_document_id').count({ n: '*' }).whereIn('target_document_id', ids).groupBy('target_document_id');
    expect(recorded).toHaveLength(ids.length);
    expect(recorded.every((row) => Number(row.n) === 2)).toBe(true);
  } finally {
    await app.stop();
  }
});
