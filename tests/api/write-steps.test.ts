import { WRITE_STEPS } from '../../src/document-middlewares';
import { orderWriteSteps, performWrite, registerWriteStep, suspendWriteSteps } from '@syria-cms/strapi-server-helpers';
import { createIncident } from '../helpers/fixtures';
import { countQueries } from '../helpers/query-counter';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * The write steps of the app and its plugins run in one declared order, and share one read of the
 * document being written: validation, slugs, search text, shared relations and translation states
 * used to read it once each.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startStrapi();
});
afterAll(async () => app?.stop());

const INCIDENT = 'api::incident.incident';

/** Reads of the incidents table itself (not its joins; PostgreSQL names its schema) before the write's first change. */
const readsBeforeWriting = (sql: string[]) => {
  const firstWrite = sql.findIndex((query) => /^\s*(insert|update|delete)\b/i.test(query));
  return sql.slice(0, firstWrite === -1 ? sql.length : firstWrite).filter((query) => /^\s*select\b.*\bfrom\s+(?:[`"]\w+[`"]\.)?[`"]incidents[`"]/i.test(query));
};

test.each([
  ['its Arabic text', { description: 'وصف جديد' }, 'ar'],
  ['its shared fields, casualties and weapons included', { date: '2017-04-05', casualties: { killedMin: 2, killedMax: 9 }, verificationStatus: 'corroborated' }, 'en'],
])('an update of %s reads the document once before writing, on top of what Strapi reads', async (_what, data, locale) => {
  const update = async () => {
    const incident = await createIncident(app.strapi, { casualties: { killedMin: 1, killedMax: 3 } }, { arabic: { title: 'غارة' } });
    const { sql } = await countQueries(app.strapi, () => app.strapi.documents(INCIDENT).update({ documentId: incident.documentId, locale, data } as any));
    return readsBeforeWriting(sql);
  };
  const ours = await update();
  const resume = suspendWriteSteps(app.strapi);
  const plain = await update().finally(resume);
  expect(ours.length - plain.length).toBe(1);
});

test('a step registered but not given a place in the order refuses the start, naming it', () => {
  registerWriteStep(app.strapi, 'stray-step', async (_write, next) => next());
  expect(() => orderWriteSteps(app.strapi, WRITE_STEPS)).toThrow(/stray-step/);
});

test('an order naming a step nobody registered refuses the start, naming it', () => {
  expect(() => orderWriteSteps(app.strapi, [...WRITE_STEPS, 'stray-step', 'missing-step'])).toThrow(/missing-step/);
});

describe("a plugin's write of its own table (performWrite) passes the same steps", () => {
  const LINK = 'plugin::incident-linker.link';

  test('a write the steps allow (the server links) runs once, inside them, and its result comes back', async () => {
    let runs = 0;
    const result = await performWrite(app.strapi, { uid: LINK, action: 'link', params: { documentId: 'an-article' } }, async () => {
      runs += 1;
      return 'written';
    });
    expect(result).toBe('written');
    expect(runs).toBe(1);
  });

  test('an action the authority model does not name is refused before anything is written', async () => {
    let written = false;
    const attempt = performWrite(app.strapi, { uid: LINK, action: 'rewrite-history', params: {} }, async () => {
      written = true;
    });
    await expect(attempt).rejects.toMatchObject({ name: 'PolicyError', message: expect.stringContaining('rewrite-history') });
    expect(written).toBe(false);
  });
});
