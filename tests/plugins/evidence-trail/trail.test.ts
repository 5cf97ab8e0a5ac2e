import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { verifyChain } from '@syria-cms/evidence-chain';
import request from 'supertest';
import { createFullAccessToken, loginAdmin } from '../../helpers/auth';
import { connectRaw } from '../../helpers/database';
import { eventually } from '../../helpers/eventually';
import { createArticle, createIncident } from '../../helpers/fixtures';
import { countQueries } from '../../helpers/query-counter';
import { startStrapi, type TestApp } from '../../helpers/strapi';

/**
 * The evidence trail, path by path: every change leaves one entry with who, which route and each
 * field before and after, in the write's transaction; the chain verifies, and an entry edited by
 * SQL makes `history:verify` fail naming it; restore round-trips; refusals reach the audit.
 */
let app: TestApp;
const tokens: Record<string, string> = {};
const ARTICLE = 'api::article.article';
const INCIDENT = 'api::incident.incident';
const CM = '/content-manager/collection-types';
const ROOT = path.join(__dirname, '..', '..', '..');

beforeAll(async () => {
  app = await startStrapi();
  tokens.editor = await loginAdmin(app.strapi, app.server, 'strapi-editor');
  tokens.translator = await loginAdmin(app.strapi, app.server, 'translator');
  tokens.superAdmin = await loginAdmin(app.strapi, app.server, 'strapi-super-admin');
  tokens.fullAccess = await createFullAccessToken(app.strapi);
});
afterAll(async () => app?.stop());

const as = (who: string, test: request.Test) => test.set('Authorization', `Bearer ${tokens[who]}`);
const http = () => request(app.server);
const historyOf = async (uid: string, documentId: string, who = 'editor') =>
  (await as(who, http().get(`/evidence-trail/history/${uid}/${documentId}`)).expect(200)).body.data as any[];
const field = (entry: any, name: string, locale = 'en', version = 'draft') =>
  (entry.changes.fields ?? entry.changes).find((change: any) => change.field === name && change.locale === locale && change.version === version);

describe('every path leaves an entry with who, how, and each field before and after', () => {
  test('the Content Manager: an Editor changes casualty figures and weapons', async () => {
    const incident = await createIncident(app.strapi, { casualties: { killedMin: 20, killedMax: 25 } });
    const weapon = await app.strapi.documents('api::weapon.weapon').create({ locale: 'en', data: { key: 'trail-cluster-munitions', label: 'Cluster munitions' } } as any);
    await as('editor', http().put(`${CM}/${INCIDENT}/${incident.documentId}?locale=en`))
      .send({ casualties: { killedMin: 23, killedMax: 25 }, weapons: [weapon.documentId] })
      .expect(200);

    const [latest, created] = await historyOf(INCIDENT, incident.documentId);
    expect(created.action).toBe('create');
    expect(created.actor).toEqual({ kind: 'server' });
    expect(latest).toMatchObject({ action: 'update', locale: 'en', actor: { kind: 'admin', roles: ['strapi-editor'] } });
    expect(latest.route).toMatch(/^PUT \/content-manager\/collection-types\/:model\/:id$/);
    expect(field(latest, 'casualties')).toMatchObject({ before: { killedMin: 20, killedMax: 25 }, after: { killedMin: 23, killedMax: 25 } });
    expect(field(latest, 'weapons')).toMatchObject({ before: [], after: [{ documentId: weapon.documentId, label: 'Cluster munitions' }] });
  });

  test('the REST API with a full-access token, and the Document Service from the server', async () => {
    const article = await createArticle(app.strapi, {}, { arabic: { title: 'قبل' } });
    await http().put(`/api/articles/${article.documentId}?locale=ar`).set('Authorization', `Bearer ${tokens.fullAccess}`).send({ data: { title: 'بعد' } }).expect(200);
    await app.strapi.documents(ARTICLE).update({ documentId: article.documentId, locale: 'en', data: { summary: 'From a script' } } as any);

    const [script, api] = await historyOf(ARTICLE, article.documentId);
    expect(api).toMatchObject({ action: 'update', locale: 'ar', actor: { kind: 'api-token', type: 'full-access' } });
    expect(api.route).toMatch(/^PUT \/api\/articles\/:id$/);
    expect(field(api, 'title', 'ar')).toMatchObject({ before: 'قبل', after: 'بعد' });
    expect(script).toMatchObject({ action: 'update', actor: { kind: 'server' }, route: null });
    expect(field(script, 'summary')).toMatchObject({ before: null, after: 'From a script' });
  });

  test("a bulk publication leaves one entry per document, listing the published version's fields", async () => {
    const articles = await Promise.all([1, 2].map(() => createArticle(app.strapi)));
    await as('editor', http().post(`${CM}/${ARTICLE}/actions/bulkPublish?locale=en`))
      .send({ documentIds: articles.map((a) => a.documentId) })
      .expect(200);
    for (const article of articles) {
      const [published] = await historyOf(ARTICLE, article.documentId);
      expect(published.action).toBe('publish');
      expect(field(published, 'title', 'en', 'published')).toMatchObject({ before: null, after: article.title });
    }
  });

  test("a file is kept as its name and the SHA-256 of its content (a source's archived copy)", async () => {
    const content = `Statement of the Syrian Coalition, ${Date.now()}`;
    const upload = await request(app.server)
      .post('/api/upload')
      .set('Authorization', `Bearer ${tokens.fullAccess}`)
      .attach('files', Buffer.from(content), { filename: 'statement.txt', contentType: 'text/plain' })
      .expect(201);
    const source: any = await app.strapi.documents('api::source.source').create({ locale: 'en', data: { title: 'Coalition statement', kind: 'ngo-report' } } as any);
    await app.strapi.documents('api::source.source').update({ documentId: source.documentId, locale: 'en', data: { archivedCopy: upload.body[0].id } } as any);
    const [attached] = await historyOf('api::source.source', source.documentId);
    expect(field(attached, 'archivedCopy', 'en', 'published')).toMatchObject({
      before: null,
      after: { id: upload.body[0].id, name: 'statement.txt', sha256: createHash('sha256').update(content).digest('hex') },
    });
  });

  test('a write that changes nothing, or is refused, leaves no change entry', async () => {
    const incident = await createIncident(app.strapi);
    const before = (await historyOf(INCIDENT, incident.documentId)).length;
    await app.strapi.documents(INCIDENT).update({ documentId: incident.documentId, locale: 'en', data: { title: incident.title } } as any);
    await as('translator', http().put(`${CM}/${INCIDENT}/${incident.documentId}?locale=ar`)).send({ date: '2017-01-01' }).expect(403);
    expect(await historyOf(INCIDENT, incident.documentId)).toHaveLength(before);
  });

  test('unpublishing, discarding a draft, cloning and deleting a locale are recorded too', async () => {
    const article = await createArticle(app.strapi, { summary: 'Published text' }, { publish: true, arabic: { title: 'مقال' } });
    await app.strapi.documents(ARTICLE).update({ documentId: article.documentId, locale: 'en', data: { summary: 'A draft not kept' } } as any);
    await as('editor', http().post(`${CM}/${ARTICLE}/${article.documentId}/actions/discard?locale=en`)).expect(200);
    await as('editor', http().post(`${CM}/${ARTICLE}/${article.documentId}/actions/unpublish?locale=en`)).send({}).expect(200);
    await as('editor', http().delete(`${CM}/${ARTICLE}/${article.documentId}?locale=ar`)).expect(200);
    const [deleted, unpublished, discarded] = await historyOf(ARTICLE, article.documentId);
    expect(discarded.action).toBe('discardDraft');
    expect(field(discarded, 'summary')).toMatchObject({ before: 'A draft not kept', after: 'Published text' });
    expect(unpublished.action).toBe('unpublish');
    expect(field(unpublished, 'summary', 'en', 'published')).toMatchObject({ before: 'Published text', after: null });
    expect(deleted).toMatchObject({ action: 'delete', locale: 'ar' });
    expect(field(deleted, 'title', 'ar')).toMatchObject({ before: 'مقال', after: null });

    const { body } = await as('editor', http().post(`${CM}/${ARTICLE}/clone/${article.documentId}?locale=en`)).send({ title: 'A copy', slug: 'a-copy-for-the-trail' }).expect(200);
    const [cloned] = await historyOf(ARTICLE, body.data.documentId);
    expect(cloned).toMatchObject({ action: 'clone', documentId: body.data.documentId });
    expect(field(cloned, 'title')).toMatchObject({ before: null, after: 'A copy' });
  });

  test("linking and unlinking an incident are in the article's history", async () => {
    const article = await createArticle(app.strapi);
    const incident = await createIncident(app.strapi);
    const { body } = await as('editor', http().post('/incident-linker/links')).send({ article: article.documentId, incident: incident.documentId, role: 'analysis' }).expect(201);
    await as('editor', http().delete(`/incident-linker/links/${body.data.id}`)).expect(200);
    const [unlinked, linked] = await historyOf(ARTICLE, article.documentId);
    expect(linked.action).toBe('link');
    expect(linked.changes[0]).toMatchObject({ field: `link:${incident.documentId}`, before: null, after: { incident: incident.documentId, role: 'analysis' } });
    expect(unlinked.action).toBe('unlink');
    expect(unlinked.changes[0]).toMatchObject({ before: { role: 'analysis' }, after: null });
  });
});

test('a history page costs the same number of queries at 3 versions as at 30', async () => {
  const pageQueries = async (versions: number) => {
    const incident = await createIncident(app.strapi);
    for (let n = 1; n < versions; n += 1) await app.strapi.documents(INCIDENT).update({ documentId: incident.documentId, locale: 'en', data: { title: `v${n}` } } as any);
    return (await countQueries(app.strapi, () => historyOf(INCIDENT, incident.documentId))).queries;
  };
  expect(await pageQueries(30)).toBe(await pageQueries(3));
});

test('concurrent saves of one document each record the value the previous one left, and the chain verifies', async () => {
  const incident = await createIncident(app.strapi, { casualties: { killedMin: 0, killedMax: 0 } });
  await Promise.all(
    [1, 2, 3, 4, 5, 6, 7, 8].map((n) =>
      app.strapi.documents(INCIDENT).update({ documentId: incident.documentId, locale: 'en', data: { casualties: { killedMin: n, killedMax: n } } } as any)
    )
  );
  const changes = (await historyOf(INCIDENT, incident.documentId)).reverse().slice(1).map((entry) => field(entry, 'casualties'));
  expect(changes).toHaveLength(8);
  // Each save's "before" is exactly the previous save's "after": no two read the same starting point.
  changes.reduce((previous, change) => {
    expect(change.before.killedMin).toBe(previous);
    return change.after.killedMin;
  }, 0);
  const exported = (await as('editor', http().get(`/evidence-trail/history/${INCIDENT}/${incident.documentId}/export`)).expect(200)).body;
  expect(verifyChain(exported.entries, { whole: false })).toBeNull();
});

test('restoring a version writes it back through the Document Service, and is itself recorded', async () => {
  const incident = await createIncident(app.strapi, { title: 'First', casualties: { killedMin: 1, killedMax: 2 } });
  await app.strapi.documents(INCIDENT).update({ documentId: incident.documentId, locale: 'en', data: { title: 'Second', casualties: { killedMin: 5, killedMax: 9 } } } as any);
  await app.strapi.documents(INCIDENT).update({ documentId: incident.documentId, locale: 'en', data: { title: 'Third' } } as any);
  const created = (await historyOf(INCIDENT, incident.documentId)).at(-1);

  const { body } = await as('editor', http().post(`/evidence-trail/history/${INCIDENT}/${incident.documentId}/${created.seq}/restore`)).expect(200);
  expect(body.data.changed.sort()).toEqual(['casualties', 'title']);
  const now: any = await app.strapi.documents(INCIDENT).findOne({ documentId: incident.documentId, locale: 'en', populate: ['casualties'] } as any);
  expect(now.title).toBe('First');
  expect(now.casualties).toMatchObject({ killedMin: 1, killedMax: 2 });
  const [restore] = await historyOf(INCIDENT, incident.documentId);
  expect(restore).toMatchObject({ action: 'restore', changes: { restoredFrom: created.seq } });
});

test("a Translator's refused change appears in the audit for super admins, by user and date; others may not see it", async () => {
  const incident = await createIncident(app.strapi);
  const since = new Date(Date.now() - 1000).toISOString();
  await as('translator', http().put(`${CM}/${INCIDENT}/${incident.documentId}?locale=ar`)).send({ verificationStatus: 'verified' }).expect(403);
  const translator = (await as('translator', http().get('/admin/users/me'))).body.data;

  const refusals = await eventually(
    async () => (await as('superAdmin', http().get('/evidence-trail/refusals')).query({ user: translator.id, from: since })).body.data as any[],
    (found) => found.length > 0
  );
  expect(refusals[0]).toMatchObject({ kind: 'refusal', action: 'update', uid: INCIDENT, actor: { kind: 'admin', id: translator.id } });
  expect(refusals[0].changes).toMatchObject({ documentId: incident.documentId, fields: ['verificationStatus'] });
  const other = (await as('superAdmin', http().get('/evidence-trail/refusals')).query({ user: translator.id + 1000, from: since })).body.data;
  expect(other).toEqual([]);
  await as('editor', http().get('/evidence-trail/refusals')).expect(403);
});

test('a Translator reads the history of what it may read', async () => {
  const article = await createArticle(app.strapi);
  expect((await historyOf(ARTICLE, article.documentId, 'translator')).length).toBeGreaterThan(0);
});

describe('the latest changes across documents (the home page)', () => {
  const latest = async (who: string, query: Record<string, unknown> = {}) =>
    (await as(who, http().get('/evidence-trail/latest')).query(query).expect(200)).body.data as any[];

  /** An admin role reading articles only, as given, with the trail's read permission; logged in. */
  async function readerOfArticles(name: string, read: { locales: string[]; fields?: string[]; conditions?: string[]; trail?: boolean }) {
    const roles = app.strapi.service('admin::role');
    const role = await roles.create({ name: `${name} ${Date.now()}`, description: 'A test role' });
    const fields = read.fields ?? app.strapi.service('admin::content-type').getNestedFields(app.strapi.contentTypes[ARTICLE], { components: app.strapi.components });
    await roles.assignPermissions(role.id, [
      { action: 'plugin::content-manager.explorer.read', subject: ARTICLE, properties: { fields, locales: read.locales }, conditions: read.conditions ?? [] },
      ...(read.trail === false ? [] : [{ action: 'plugin::evidence-trail.read', subject: null, properties: {}, conditions: [] }]),
    ]);
    tokens[name] = await loginAdmin(app.strapi, app.server, role.code);
  }

  test('newest first across documents and types, each with its title as it is now, type, action and who', async () => {
    const incident = await createIncident(app.strapi, { title: 'Shelling of a market' });
    const article = await createArticle(app.strapi, { title: 'First headline' });
    await as('editor', http().put(`${CM}/${ARTICLE}/${article.documentId}?locale=en`)).send({ title: 'Second headline' }).expect(200);

    const [edited, created, incidentCreated] = await latest('editor', { limit: 3 });
    expect(edited).toMatchObject({ action: 'update', uid: ARTICLE, typeName: 'Article', documentId: article.documentId, locale: 'en', title: 'Second headline' });
    expect(edited.actor).toMatchObject({ kind: 'admin', roles: ['strapi-editor'] });
    // Its title now, not as it was when created.
    expect(created).toMatchObject({ action: 'create', documentId: article.documentId, title: 'Second headline', actor: { kind: 'server' } });
    expect(incidentCreated).toMatchObject({ action: 'create', uid: INCIDENT, typeName: 'Incident', documentId: incident.documentId, title: 'Shelling of a market' });
    // What changed is in the history, for those who open it: never the values here.
    expect(Object.keys(edited).sort()).toEqual(['action', 'actor', 'at', 'documentId', 'locale', 'seq', 'title', 'typeName', 'uid']);
    expect((await latest('translator', { limit: 1 }))[0]).toMatchObject({ seq: edited.seq });
    for (let n = 1; n <= 10; n += 1) await app.strapi.documents(INCIDENT).update({ documentId: incident.documentId, locale: 'en', data: { title: `Shelling, report ${n}` } } as any);
    const tenByDefault = await latest('editor');
    expect(tenByDefault.map((entry) => entry.title)).toEqual(Array.from({ length: 10 }, () => 'Shelling, report 10'));
  });

  test("a deleted locale keeps the title it had; a link (a plugin's own write) is in its article's history only", async () => {
    const article = await createArticle(app.strapi, {}, { arabic: { title: 'مقال سيُحذف' } });
    const incident = await createIncident(app.strapi);
    await as('editor', http().delete(`${CM}/${ARTICLE}/${article.documentId}?locale=ar`)).expect(200);
    await as('editor', http().post('/incident-linker/links')).send({ article: article.documentId, incident: incident.documentId, role: 'mentions' }).expect(201);

    const [deleted] = await latest('editor', { limit: 1 });
    expect(deleted).toMatchObject({ action: 'delete', documentId: article.documentId, locale: 'ar', title: 'مقال سيُحذف' });
    expect((await latest('superAdmin', { limit: 1 }))[0]).toMatchObject({ seq: deleted.seq });
  });

  test('only what the reader may read: its types, its locales, its fields; nothing under a condition the trail cannot check', async () => {
    await readerOfArticles('arabicArticles', { locales: ['ar'] });
    await readerOfArticles('untitledArticles', { locales: ['en', 'ar'], fields: ['summary'] });
    await readerOfArticles('ownArticles', { locales: ['en', 'ar'], conditions: ['admin::is-creator'] });
    await readerOfArticles('noTrail', { locales: ['en', 'ar'], trail: false });
    const article = await createArticle(app.strapi, { title: 'English title' }, { arabic: { title: 'عنوان عربي' } });
    await createIncident(app.strapi);

    const arabic = await latest('arabicArticles', { limit: 50 });
    expect(arabic.find((entry) => entry.documentId === article.documentId)).toMatchObject({ locale: 'ar', title: 'عنوان عربي' });
    expect(arabic.every((entry) => entry.uid === ARTICLE && entry.locale === 'ar')).toBe(true);

    const untitled = await latest('untitledArticles', { limit: 50 });
    expect(untitled.filter((entry) => entry.documentId === article.documentId).map((entry) => entry.locale).sort()).toEqual(['ar', 'en']);
    expect(untitled.every((entry) => entry.uid === ARTICLE && entry.title === null)).toBe(true);

    expect(await latest('ownArticles', { limit: 50 })).toEqual([]);
    // Without the trail's permission, nothing at all; and never for an API token.
    await as('noTrail', http().get('/evidence-trail/latest')).expect(403);
    await as('fullAccess', http().get('/evidence-trail/latest')).expect(401);
  });

  test('a limit out of 1 to 50 is a 400 naming it', async () => {
    for (const query of [{ limit: 0 }, { limit: 51 }, { limit: 'ten' }]) {
      const { body } = await as('editor', http().get('/evidence-trail/latest')).query(query).expect(400);
      expect(body.error.details.errors[0].path).toEqual(['limit']);
    }
  });
});

describe('tamper evidence', () => {
  const run = promisify(execFile);
  const verify = (...args: string[]) =>
    run(process.execPath, [path.join(ROOT, 'scripts', 'history-verify.js'), ...args], { cwd: ROOT, env: { ...process.env, ...app.database.env } }).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error) => ({ code: error.code as number, output: `${error.stdout}${error.stderr}` })
    );

  test('an exported history verifies offline; an entry changed in the file is named', async () => {
    const incident = await createIncident(app.strapi, { casualties: { killedMin: 20, killedMax: 25 } });
    await app.strapi.documents(INCIDENT).update({ documentId: incident.documentId, locale: 'en', data: { casualties: { killedMin: 23, killedMax: 25 } } } as any);
    const exported = (await as('editor', http().get(`/evidence-trail/history/${INCIDENT}/${incident.documentId}/export`)).expect(200)).body;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'history-')), 'history.json');
    fs.writeFileSync(file, JSON.stringify(exported));
    expect(await verify('--file', file)).toMatchObject({ code: 0, output: expect.stringContaining('all 2 entries verify') });

    exported.entries[1].changes[0].after.killedMin = 2;
    fs.writeFileSync(file, JSON.stringify(exported));
    expect(await verify('--file', file)).toMatchObject({ code: 1, output: expect.stringContaining(`entry ${exported.entries[1].seq} does not verify`) });
  }, 120000);

  test('the trail verifies; an entry edited by SQL makes history:verify fail and name it (on PostgreSQL the trigger refuses the edit first)', async () => {
    expect(await verify()).toEqual({ code: 0, output: expect.stringContaining('entries verify') });
    const incident = await createIncident(app.strapi, { casualties: { killedMin: 40, killedMax: 40 } });
    const [entry] = await historyOf(INCIDENT, incident.documentId);
    const db = await connectRaw(app.database);
    try {
      const forge = () => db.query("UPDATE evidence_trail SET changes = replace(changes, '40', '4') WHERE seq = ?", [entry.seq]);
      if (db.client === 'postgres') {
        await expect(forge()).rejects.toThrow(/append-only/);
        await expect(db.query('DELETE FROM evidence_trail WHERE seq = ?', [entry.seq])).rejects.toThrow(/append-only/);
        // Whoever owns the database can still switch the trigger off: the chain is what tells.
        await db.query('ALTER TABLE evidence_trail DISABLE TRIGGER evidence_trail_append_only');
      }
      await forge();
    } finally {
      await db.close();
    }
    expect(await verify()).toMatchObject({ code: 1, output: expect.stringContaining(`entry ${entry.seq} does not verify`) });
    // history:verify boots the app twice here: slow on a busy machine.
  }, 180000);
});
