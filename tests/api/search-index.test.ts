import fc from 'fast-check';
import request from 'supertest';
import { foldedWords } from '@syria-cms/bilingual-text';
import { placeDirectory } from '@syria-cms/strapi-server-helpers';
import { loadDemoData } from '../../src/bootstrap/demo-data';
import { countMatching, ensureSearchIndex, matchingIds, matchOf, pageOfMatching, type Match } from '../../src/search-index';
import { ARTICLE, INCIDENT, LOCATION } from '../../src/uids';
import { createIncident } from '../helpers/fixtures';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * The full-text index answers exactly what the LIKE scan it replaced answered (every word the
 * start of a stored word), for every row of the searched tables, whatever wrote the row: the
 * oracle below is that scan, `searchText LIKE '% word%'` through the Query Engine.
 */
let app: TestApp;
const SEARCHED = [ARTICLE, INCIDENT, LOCATION];
const isPostgres = () => app.strapi.db.dialect.client === 'postgres';

beforeAll(async () => {
  // The generated queries send more requests than the public rate limit lets one client make.
  app = await startStrapi({ env: { RATE_LIMIT_ENABLED: 'false' } });
  await loadDemoData(app.strapi);
});
afterAll(async () => app?.stop());

const likeWhere = (match: Match): Record<string, unknown> =>
  'prefix' in match
    ? { searchText: { $contains: ` ${match.prefix}` } }
    : 'all' in match
      ? { $and: match.all.map(likeWhere) }
      : { $or: match.any.map(likeWhere) };

const ids = async (uid: string, where: Record<string, unknown>) =>
  ((await app.strapi.db.query(uid as any).findMany({ where, select: ['id'], orderBy: { id: 'asc' } })) as { id: number }[]).map((row) => row.id);

const PUBLISHED = { publishedAt: { $notNull: true } };

/** Published versions of any locale the index finds, and those the LIKE scan finds. */
async function bothAnswers(uid: string, matches: Match[]) {
  return {
    // No words to match (a query of punctuation): every published version, as the LIKE scan with no condition.
    index: await ids(uid, matches.length > 0 ? { id: { $in: matchingIds(app.strapi, uid, matches) } } : PUBLISHED),
    like: await ids(uid, { $and: [PUBLISHED, ...matches.map(likeWhere)] }),
  };
}

const word = (text: string): Match[] => foldedWords(text).map((prefix) => ({ prefix }));

/**
 * In each locale, the index finds and counts the published versions the table holds there whose
 * words the LIKE scan finds, and a page of them, read either way (the hits looked up, or the table
 * walked in the page's order), is the table's first rows in that order.
 */
async function expectLocalesCurrent(uid: string, matches: Match[], label: unknown) {
  for (const locale of ['en', 'ar']) {
    const where = { $and: [{ locale }, PUBLISHED, ...matches.map(likeWhere)] };
    const expected = await ids(uid, where);
    expect({ label, uid, locale, ids: await ids(uid, { id: { $in: matchingIds(app.strapi, uid, matches, locale) } }) }).toEqual({ label, uid, locale, ids: expected });
    expect({ label, uid, locale, count: await countMatching(app.strapi, uid, matches, locale) }).toEqual({ label, uid, locale, count: expected.length });
    const orderBy = PAGE_ORDER[uid];
    const page = ((await app.strapi.db.query(uid as any).findMany({ where, select: ['id'], orderBy, limit: 3 })) as { id: number }[]).map((row) => row.id);
    for (const hits of [0, Number.MAX_SAFE_INTEGER]) {
      expect({ label, uid, locale, hits, page: await pageOfMatching(app.strapi, uid, matches, locale, { orderBy, limit: 3, hits }) }).toEqual({ label, uid, locale, hits, page });
    }
  }
}

/** The orders search reads pages in; a tie on the first is broken by the id. */
const PAGE_ORDER: Record<string, Record<string, 'asc' | 'desc'>[]> = {
  [ARTICLE]: [{ dateline: 'desc' }, { id: 'desc' }],
  [INCIDENT]: [{ date: 'desc' }, { id: 'desc' }],
  [LOCATION]: [{ name: 'asc' }, { id: 'asc' }],
};

/**
 * The index holds exactly the published versions' current words and locales: the LIKE oracle on
 * each word, in each locale and in none, and a row in the index for each published version and no
 * other (no draft).
 */
async function expectIndexCurrent(uid: string, words: string[]) {
  for (const text of words) {
    const { index, like } = await bothAnswers(uid, word(text));
    expect({ text, uid, ids: index }).toEqual({ text, uid, ids: like });
    await expectLocalesCurrent(uid, word(text), text);
  }
  await expectLocalesCurrent(uid, [], 'every published version of the locale');
  const table = app.strapi.db.metadata.get(uid as any).tableName;
  const knex = app.strapi.db.connection;
  const indexed = isPostgres() ? knex(`${table}_search_words`).select('id') : knex(`${table}_fts`).select('rowid as id');
  expect(((await indexed.orderBy('id')) as { id: number }[]).map((row) => row.id)).toEqual(await ids(uid, PUBLISHED));
}

const titles = async (q: string, locale: string) =>
  (await request(app.server).get(`/api/search?q=${encodeURIComponent(q)}&locale=${locale}&types=incident`).expect(200)).body.data.map((hit: any) => hit.title);

describe('the index follows every write', () => {
  test('create, update, publish, a locale variant, unpublish and delete, through the Document Service', async () => {
    const incidents = app.strapi.documents(INCIDENT as any);
    const words = ['Zorblax', 'Vexmorin', 'قرقزان'];
    const { documentId } = await createIncident(app.strapi, { title: 'Shelling of Zorblax' });
    await expectIndexCurrent(INCIDENT, words);
    expect(await titles('zorblax', 'en')).toEqual([]); // a draft

    await incidents.publish({ documentId, locale: 'en' } as any);
    await expectIndexCurrent(INCIDENT, words);
    expect(await titles('zorblax', 'en')).toEqual(['Shelling of Zorblax']);

    await incidents.update({ documentId, locale: 'en', data: { title: 'Shelling of Vexmorin' } } as any);
    await expectIndexCurrent(INCIDENT, words);
    expect(await titles('vexmorin', 'en')).toEqual([]); // the draft changed, the published version did not
    expect(await titles('zorblax', 'en')).toEqual(['Shelling of Zorblax']);

    await incidents.publish({ documentId, locale: 'en' } as any); // deletes the published row and copies the draft
    await incidents.update({ documentId, locale: 'ar', data: { title: 'قصف قرقزان' } } as any);
    await incidents.publish({ documentId, locale: 'ar' } as any);
    await expectIndexCurrent(INCIDENT, words);
    expect(await titles('zorblax', 'en')).toEqual([]);
    expect(await titles('vexmorin', 'en')).toEqual(['Shelling of Vexmorin']);
    expect(await titles('بقرقزان', 'ar')).toEqual(['قصف قرقزان']);
    expect(await titles('قرقزان', 'en')).toEqual([]);

    await incidents.unpublish({ documentId, locale: 'en' } as any);
    await expectIndexCurrent(INCIDENT, words);
    expect(await titles('vexmorin', 'en')).toEqual([]);
    expect(await titles('قرقزان', 'ar')).toEqual(['قصف قرقزان']);

    await incidents.delete({ documentId, locale: '*' } as any);
    await expectIndexCurrent(INCIDENT, words);
    expect(await titles('قرقزان', 'ar')).toEqual([]);
  });

  test('writes through the Query Engine, as the bulk generator and raw imports make them', async () => {
    const query = app.strapi.db.query(LOCATION as any);
    const words = ['Quorvane', 'Plindor'];
    const row = { documentId: 'qe-search-index-test', locale: 'en', name: 'Quorvane', level: 'town', publishedAt: new Date() };
    await query.createMany({ data: [{ ...row, searchText: ' kurvane ' }] });
    await expectIndexCurrent(LOCATION, words);
    await query.update({ where: { documentId: row.documentId }, data: { searchText: ' plindor ' } });
    await expectIndexCurrent(LOCATION, words);
    expect((await request(app.server).get('/api/search?q=Plindor&types=location').expect(200)).body.meta.counts.location).toBe(1);
    // A row leaves the index when it is no longer published, and moves with its locale, its words unchanged.
    await query.update({ where: { documentId: row.documentId }, data: { publishedAt: null } });
    await expectIndexCurrent(LOCATION, words);
    await query.update({ where: { documentId: row.documentId }, data: { locale: 'ar', publishedAt: new Date() } });
    await expectIndexCurrent(LOCATION, words);
    await query.deleteMany({ where: { documentId: row.documentId } });
    await expectIndexCurrent(LOCATION, words);
  });

  test("no stored text puts a version in another locale: words that look like the index's own marks", async () => {
    const query = app.strapi.db.query(INCIDENT as any);
    // The marks of English, as either database writes them, in an Arabic version's words.
    const marks = ' #l656e l656E #l656E ##l656e flindral ';
    await query.create({ data: { documentId: 'locale-marks', locale: 'ar', title: 'x', date: '2017-01-01', searchText: marks, publishedAt: new Date() } });
    await expectIndexCurrent(INCIDENT, ['flindral', 'l656e']);
    expect((await request(app.server).get('/api/search?q=flindral&types=incident&locale=en').expect(200)).body.meta.counts.incident).toBe(0);
    expect((await request(app.server).get('/api/search?q=flindral&types=incident&locale=ar').expect(200)).body.meta.counts.incident).toBe(1);
    await query.deleteMany({ where: { documentId: 'locale-marks' } });
  });

  test('a rolled-back write leaves the index as it was', async () => {
    const query = app.strapi.db.query(INCIDENT as any);
    await expect(
      app.strapi.db.transaction(async () => {
        await query.create({ data: { documentId: 'rolled-back', locale: 'en', title: 'x', date: '2017-01-01', searchText: ' frunzelt ' } });
        throw new Error('roll back');
      })
    ).rejects.toThrow('roll back');
    await expectIndexCurrent(INCIDENT, ['frunzelt']);
    expect((await bothAnswers(INCIDENT, word('frunzelt'))).index).toEqual([]);
  });
});

test('the search query is answered by the index', async () => {
  const table = app.strapi.db.metadata.get(INCIDENT as any).tableName;
  const subquery = matchingIds(app.strapi, INCIDENT, word('Idlib')).toSQL();
  const plan = await app.strapi.db.connection.transaction(async (trx) => {
    // On a table this small PostgreSQL would rather read it all; forbid that to see the index taken.
    if (isPostgres()) await trx.raw('SET LOCAL enable_seqscan = off');
    const explained = await trx.raw(`EXPLAIN ${isPostgres() ? '' : 'QUERY PLAN '}${subquery.sql}`, subquery.bindings);
    return JSON.stringify(isPostgres() ? explained.rows : explained);
  });
  expect(plan).toContain(isPostgres() ? `${table}_search_words_gin` : `${table}_fts VIRTUAL TABLE`);
});

describe('at start', () => {
  const table = () => app.strapi.db.metadata.get(ARTICLE as any).tableName;

  test('a second start finds the index in place and changes nothing', async () => {
    const before = await bothAnswers(ARTICLE, word('phosphorus'));
    expect(await ensureSearchIndex(app.strapi)).toEqual([]);
    expect(await bothAnswers(ARTICLE, word('phosphorus'))).toEqual(before);
    expect(before.index.length).toBeGreaterThan(0);
  });

  test("an index of another definition (an earlier release's: every version, without locales) is built again", async () => {
    const knex = app.strapi.db.connection;
    // What the release before left: an index of every version's words alone, kept by a trigger on them alone.
    if (isPostgres()) {
      await knex.raw(`DROP TABLE ${table()}_search_words`);
      await knex.raw(`CREATE TABLE ${table()}_search_words (id integer PRIMARY KEY, words tsvector NOT NULL)`);
      await knex.raw(`INSERT INTO ${table()}_search_words SELECT id, array_to_tsvector(array_remove(string_to_array(coalesce(search_text, ''), ' '), '')) FROM ${table()}`);
    } else {
      await knex.raw(`DROP TABLE ${table()}_fts`);
      await knex.raw(`CREATE VIRTUAL TABLE ${table()}_fts USING fts5(search_text, content='${table()}', content_rowid='id', tokenize='ascii')`);
      await knex.raw(`INSERT INTO ${table()}_fts (${table()}_fts) VALUES ('rebuild')`);
    }
    expect(await ensureSearchIndex(app.strapi)).toEqual([isPostgres() ? `${table()}_search_words` : `${table()}_fts`]);
    await expectIndexCurrent(ARTICLE, ['phosphorus', 'idlib']);
    expect(await ensureSearchIndex(app.strapi)).toEqual([]);
  });
});

describe('generated queries', () => {
  // Words and prefixes of the demo's stored text in both languages, and what FTS5 and tsquery read as syntax.
  const SYNTAX = ['"', '""', '*', '-', ':', '(', ')', '^', '+', "'", '\\', '&', '|', '!', '<->', ':*', 'NEAR', 'NEAR(', 'AND', 'OR', 'NOT', '{', '}', '%', '_', ','];
  let storedWords: string[] = [];
  beforeAll(async () => {
    const rows: { searchText: string | null }[] = [];
    for (const uid of SEARCHED) rows.push(...((await app.strapi.db.query(uid as any).findMany({ select: ['searchText'] })) as any[]));
    storedWords = [...new Set(rows.flatMap((row) => (row.searchText ?? '').split(' ').filter(Boolean)))].sort();
  });

  const queryText = () => {
    const stored = fc.constantFrom(...storedWords);
    const prefix = fc.tuple(stored, fc.nat()).map(([w, n]) => [...w].slice(0, 1 + (n % [...w].length)).join(''));
    const arabic = fc.string({ unit: fc.integer({ min: 0x0621, max: 0x0655 }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 6 });
    const piece = fc.oneof(
      { weight: 4, arbitrary: stored },
      { weight: 4, arbitrary: prefix },
      { weight: 2, arbitrary: arabic },
      { weight: 3, arbitrary: fc.constantFrom(...SYNTAX) },
      { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) }
    );
    return fc.array(fc.tuple(piece, fc.constantFrom(' ', '', '-', '"', ' OR ', ' NEAR ', ':')), { minLength: 1, maxLength: 4 }).map((parts) => parts.map(([p, sep]) => p + sep).join('').slice(0, 200));
  };

  test('the index finds the same rows as the LIKE scan, and the endpoint answers (never a 5xx)', async () => {
    const places = await placeDirectory(app.strapi, LOCATION);
    let found = 0;
    await fc.assert(
      fc.asyncProperty(queryText(), async (q) => {
        const matches = matchOf(q, places);
        for (const uid of SEARCHED) {
          const { index, like } = await bothAnswers(uid, matches);
          expect({ q, uid, ids: index }).toEqual({ q, uid, ids: like });
          await expectLocalesCurrent(uid, matches, q);
          found += index.length;
        }
        const response = await request(app.server).get(`/api/search?q=${encodeURIComponent(q)}&locale=ar&limit=5`);
        // A blank q is the client's mistake, as it always was; nothing is ever a 5xx.
        expect({ q, status: response.status }).toEqual({ q, status: q.trim() === '' ? 400 : 200 });
      }),
      { numRuns: 200 }
    );
    expect(found).toBeGreaterThan(0); // not only queries that find nothing
  });
});
