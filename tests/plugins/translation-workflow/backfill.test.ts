import { createTestDatabase, type TestDatabase } from '../../helpers/database';
import { createArticle } from '../../helpers/fixtures';
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
