import { createHash } from 'node:crypto';
import request from 'supertest';
import { createFullAccessToken, loginAdmin } from '../helpers/auth';
import { createArticle, createIncident, createSource } from '../helpers/fixtures';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * The write-authority model, route by route: every role × action × locale × kind of field, through
 * the Content Manager (its create, update, clone and bulk actions), `/upload` with ref/refId/field,
 * the REST API with tokens, and the incident linker. The expectations are written out here, not
 * read from the model, so a change to the model that widens a role fails this test.
 *
 * Each refusal must be a 403 naming what was refused, and must write nothing.
 */
let app: TestApp;
const tokens: Record<string, string> = {};

const ARTICLE = 'api::article.article';
const INCIDENT = 'api::incident.incident';
const SOURCE = 'api::source.source';
const WEAPON = 'api::weapon.weapon';

beforeAll(async () => {
  app = await startStrapi();
  tokens.editor = await loginAdmin(app.strapi, app.server, 'strapi-editor');
  tokens.translator = await loginAdmin(app.strapi, app.server, 'translator');
  tokens.author = await loginAdmin(app.strapi, app.server, 'strapi-author');
  tokens.fullAccess = await createFullAccessToken(app.strapi);
  tokens.readOnly = (await app.strapi.service('admin::api-token').create({ name: 'read-only', type: 'read-only', lifespan: null })).accessKey;
});
afterAll(async () => app?.stop());

const CM = '/content-manager/collection-types';
const as = (who: string, test: request.Test) => test.set('Authorization', `Bearer ${tokens[who]}`);
const http = () => request(app.server);

/** JSON with keys in one order: PostgreSQL and SQLite populate relations in different orders. */
const stable = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(stable)
    : value !== null && typeof value === 'object' && !(value instanceof Date)
      ? Object.fromEntries(Object.keys(value).sort().map((key) => [key, stable((value as any)[key])]))
      : value;

/** Everything stored of a document, in every locale and version: "nothing was written" means this did not change. */
const snapshot = async (uid: string, documentId: string) =>
  JSON.stringify(
    stable(await app.strapi.db.query(uid as any).findMany({
      where: { documentId },
      orderBy: { id: 'asc' },
      populate: uid === INCIDENT ? { casualties: true, weapons: { select: ['documentId'] } } : uid === SOURCE ? { archivedCopy: { select: ['id'] } } : {},
    }))
  );
const documentCount = async (uid: string) => new Set((await app.strapi.db.query(uid as any).findMany({ select: ['documentId'] })).map((r: any) => r.documentId)).size;

async function weapon() {
  return app.strapi.documents(WEAPON).create({ locale: 'en', data: { label: `Weapon ${Math.random()}`, key: `w-${Date.now()}-${String(Math.random()).slice(2)}` } as any });
}

/** A refusal: 403, naming what was refused, and nothing written. */
async function expectRefused(response: request.Response, named: { locale?: string; fields?: string[]; action?: string }) {
  expect({ status: response.status, body: response.body }).toMatchObject({ status: 403 });
  const details = response.body.error.details;
  if (named.action) expect(details.action).toBe(named.action);
  if (named.locale) expect(details.locales).toContain(named.locale);
  if (named.fields) expect([...details.fields].sort()).toEqual([...named.fields].sort());
}

type Who = 'editor' | 'translator';

describe.each([
  ['editor', 'en', true],
  ['editor', 'ar', true],
  ['translator', 'en', false],
  ['translator', 'ar', true],
] as [Who, string, boolean][])('%s creating and changing text in %s', (who, locale, allowed) => {
  test('create a document with text only', async () => {
    const before = await documentCount(ARTICLE);
    const response = await as(who, http().post(`${CM}/${ARTICLE}?locale=${locale}`)).send({ title: `Created by ${who} in ${locale}` });
    if (allowed) {
      expect(response.status).toBe(201);
      expect(response.body.data.locale).toBe(locale);
    } else {
      await expectRefused(response, { action: 'create', locale });
      expect(await documentCount(ARTICLE)).toBe(before);
    }
  });

  test('update the text of a document', async () => {
    const article = await createArticle(app.strapi, {}, { arabic: { title: 'مقال' } });
    const before = await snapshot(ARTICLE, article.documentId);
    const response = await as(who, http().put(`${CM}/${ARTICLE}/${article.documentId}?locale=${locale}`)).send({ title: `Edited by ${who}` });
    if (allowed) expect(response.status).toBe(200);
    else {
      // The Content Manager checks an update's locale itself, before the model: a bare 403.
      expect(response.status).toBe(403);
      expect(await snapshot(ARTICLE, article.documentId)).toBe(before);
    }
  });
});

/** One change to a shared field of each kind, as the Content Manager's form sends it. */
const SHARED_CHANGES: [string, string, (ids: { weapon: string }) => Record<string, unknown>][] = [
  ['a date (scalar)', 'date', () => ({ date: '2017-04-01' })],
  ['an enumeration', 'verificationStatus', () => ({ verificationStatus: 'verified' })],
  ['casualties (component)', 'casualties', () => ({ casualties: { killedMin: 3, killedMax: 5 } })],
  ['weapons (relation)', 'weapons', ({ weapon }) => ({ weapons: { connect: [{ documentId: weapon, locale: 'en' }], disconnect: [] } })],
  ['weapons (relation, as a list)', 'weapons', ({ weapon }) => ({ weapons: [weapon] })],
];

describe.each(SHARED_CHANGES)('changing %s', (_kind, field, change) => {
  test('a Translator is refused with a 403 naming the field, on update and on create, and nothing changes', async () => {
    const incident = await createIncident(app.strapi, { verificationStatus: 'reported', casualties: { killedMin: 1, killedMax: 1 } }, { arabic: { title: 'غارة' } });
    const ids = { weapon: (await weapon()).documentId };
    const before = await snapshot(INCIDENT, incident.documentId);
    const update = await as('translator', http().put(`${CM}/${INCIDENT}/${incident.documentId}?locale=ar`)).send({ title: 'غارة جوية', ...change(ids) });
    await expectRefused(update, { action: 'update', fields: [field] });
    expect(await snapshot(INCIDENT, incident.documentId)).toBe(before);

    const count = await documentCount(INCIDENT);
    const create = await as('translator', http().post(`${CM}/${INCIDENT}?locale=ar`)).send({ title: 'غارة جديدة', ...change(ids) });
    await expectRefused(create, { action: 'create', fields: [field] });
    expect(await documentCount(INCIDENT)).toBe(count);
  });

  test('an Editor changes it', async () => {
    const incident = await createIncident(app.strapi, { verificationStatus: 'reported', casualties: { killedMin: 1, killedMax: 1 } }, { arabic: { title: 'غارة' } });
    const ids = { weapon: (await weapon()).documentId };
    const before = await snapshot(INCIDENT, incident.documentId);
    const update = await as('editor', http().put(`${CM}/${INCIDENT}/${incident.documentId}?locale=en`)).send(change(ids));
    expect(update.status).toBe(200);
    expect(await snapshot(INCIDENT, incident.documentId)).not.toBe(before);
  });
});

test("a Translator's save that sends the shared fields back unchanged, as the edit form does, is accepted", async () => {
  const w = await weapon();
  const incident = await createIncident(app.strapi, { time: '08:30:00.000', casualties: { killedMin: 2, killedMax: 4 }, weapons: [w.documentId] }, { arabic: { title: 'غارة' } });
  const form = await as('translator', http().get(`${CM}/${INCIDENT}/${incident.documentId}?locale=ar`));
  expect(form.status).toBe(200);
  const { data } = form.body;
  const response = await as('translator', http().put(`${CM}/${INCIDENT}/${incident.documentId}?locale=ar`)).send({
    ...data,
    title: 'غارة جوية',
    weapons: { connect: [], disconnect: [] },
  });
  expect(response.status).toBe(200);
  expect((await app.strapi.documents(INCIDENT).findOne({ documentId: incident.documentId, locale: 'ar' } as any))!.title).toBe('غارة جوية');
});

test("a Translator creates an Arabic incident from the create form, which sends the schema's defaults for shared fields", async () => {
  const response = await as('translator', http().post(`${CM}/${INCIDENT}?locale=ar`)).send({
    title: 'غارة جديدة',
    datePrecision: 'day',
    locationPrecision: 'town',
    verificationStatus: 'reported',
    date: null,
    casualties: null,
    perpetrators: [],
    weapons: { connect: [], disconnect: [] },
  });
  expect(response.status).toBe(201);
  // A value other than the default is a change, refused as any other.
  const changed = await as('translator', http().post(`${CM}/${INCIDENT}?locale=ar`)).send({ title: 'غارة أخرى', verificationStatus: 'verified' });
  await expectRefused(changed, { action: 'create', fields: ['verificationStatus'] });
});

describe.each([
  ['delete', (uid: string, id: string, locale: string) => http().delete(`${CM}/${uid}/${id}?locale=${locale}`)],
  ['publish', (uid: string, id: string, locale: string) => http().post(`${CM}/${uid}/${id}/actions/publish?locale=${locale}`).send({})],
  ['unpublish', (uid: string, id: string, locale: string) => http().post(`${CM}/${uid}/${id}/actions/unpublish?locale=${locale}`).send({})],
  ['discardDraft', (uid: string, id: string, locale: string) => http().post(`${CM}/${uid}/${id}/actions/discard?locale=${locale}`).send({})],
  ['clone', (uid: string, id: string, locale: string) => http().post(`${CM}/${uid}/clone/${id}?locale=${locale}`).send({ title: 'نسخة', slug: null })],
])('%s', (action, send) => {
  test.each(['ar', 'en'])(`a Translator may not ${action} in %s; an Editor may`, async (locale) => {
    const article = await createArticle(app.strapi, {}, { publish: true, arabic: { title: `مقال ${action}` } });
    await app.strapi.documents(ARTICLE).publish({ documentId: article.documentId, locale: '*' } as any);
    await app.strapi.documents(ARTICLE).update({ documentId: article.documentId, locale, data: { summary: 'unpublished change' } } as any);
    const before = await snapshot(ARTICLE, article.documentId);
    const documents = await documentCount(ARTICLE);

    // The Content Manager refuses some of these itself (no permission); the model refuses the rest. Either way: 403, nothing written.
    const refused = await as('translator', send(ARTICLE, article.documentId, locale));
    expect(refused.status).toBe(403);
    expect(await snapshot(ARTICLE, article.documentId)).toBe(before);
    expect(await documentCount(ARTICLE)).toBe(documents);

    const done = await as('editor', send(ARTICLE, article.documentId, locale));
    expect(done.status).toBeLessThan(300);
  });
});

describe('bulk actions', () => {
  test.each(['bulkPublish', 'bulkUnpublish', 'bulkDelete'])('%s by a Translator is refused and writes nothing; by an Editor it works', async (action) => {
    const articles = [];
    for (const n of [1, 2]) articles.push(await createArticle(app.strapi, {}, { publish: action === 'bulkUnpublish', arabic: { title: `مقال ${action} ${n}` } }));
    const documentIds = articles.map((article) => article.documentId);
    const before = await Promise.all(documentIds.map((id) => snapshot(ARTICLE, id)));
    const refused = await as('translator', http().post(`${CM}/${ARTICLE}/actions/${action}?locale=ar`)).send({ documentIds });
    expect(refused.status).toBe(403);
    expect(await Promise.all(documentIds.map((id) => snapshot(ARTICLE, id)))).toEqual(before);
    const done = await as('editor', http().post(`${CM}/${ARTICLE}/actions/${action}?locale=ar`)).send({ documentIds });
    expect(done.status).toBe(200);
  });
});

describe('a clone', () => {
  test('by a Translator into English is refused at the Document Service, whatever the Content Manager allows', async () => {
    const article = await createArticle(app.strapi, { summary: 'Unpublished English summary' }, { publish: true });
    const documents = await documentCount(ARTICLE);
    const response = await as('translator', http().post(`${CM}/${ARTICLE}/clone/${article.documentId}?locale=en`)).send({});
    await expectRefused(response, {});
    expect(await documentCount(ARTICLE)).toBe(documents);
  });
});

describe('files attached through /upload with ref, refId and field', () => {
  const uploadTo = (who: string, refId: number, content: string, extra: Record<string, string> = {}) =>
    as(who, http().post('/upload'))
      .field('ref', SOURCE)
      .field('refId', String(refId))
      .field('field', 'archivedCopy')
      .field(Object.fromEntries(Object.entries(extra)))
      .attach('files', Buffer.from(content), { filename: 'copy.txt', contentType: 'text/plain' });
  const englishRow = (documentId: string) => app.strapi.db.query(SOURCE).findOne({ where: { documentId, locale: 'en' }, populate: { archivedCopy: true } });

  test('a Translator cannot replace a source’s archived copy; nothing is stored', async () => {
    const source = await createSource(app.strapi, {}, { title: 'مصدر' });
    const row = await englishRow(source.documentId);
    const files = await app.strapi.db.query('plugin::upload.file').count({});
    const before = await snapshot(SOURCE, source.documentId);
    await expectRefused(await uploadTo('translator', row.id, 'forged copy'), { action: 'attach', fields: ['archivedCopy'] });
    expect(await snapshot(SOURCE, source.documentId)).toBe(before);
    expect(await app.strapi.db.query('plugin::upload.file').count({})).toBe(files);
  });

  test('an Editor attaches one; the server computes its SHA-256, and the previous copy is kept, not overwritten', async () => {
    const source = await createSource(app.strapi, {});
    const row = await englishRow(source.documentId);
    const first = await uploadTo('editor', row.id, 'first copy');
    expect(first.status).toBe(201);
    const second = await uploadTo('editor', row.id, 'second copy');
    expect(second.status).toBe(201);
    const stored = await englishRow(source.documentId);
    expect(stored.archivedCopy.id).toBe(second.body[0].id);
    expect(stored.archivedCopySha256).toBe(createHash('sha256').update('second copy').digest('hex'));
    expect(await app.strapi.db.query('plugin::upload.file').findOne({ where: { id: first.body[0].id } })).not.toBeNull();
  });

  test('ref, refId and field that name nothing we hold are a 400 naming the parameter', async () => {
    const bad = await as('editor', http().post('/upload'))
      .field('ref', 'plugin::users-permissions.user')
      .field('refId', '1')
      .field('field', 'avatar')
      .attach('files', Buffer.from('x'), { filename: 'x.txt', contentType: 'text/plain' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['ref']);
  });

  test('an archived copy is never replaced in place nor deleted, even by a super admin', async () => {
    const admin = await loginAdmin(app.strapi, app.server, 'strapi-super-admin');
    const source = await createSource(app.strapi, {});
    const row = await englishRow(source.documentId);
    const upload = await uploadTo('editor', row.id, 'evidence');
    const fileId = upload.body[0].id;
    const replace = await http().post(`/upload?id=${fileId}`).set('Authorization', `Bearer ${admin}`).attach('files', Buffer.from('altered'), { filename: 'copy.txt', contentType: 'text/plain' });
    expect(replace.status).toBe(403);
    const remove = await http().delete(`/upload/files/${fileId}`).set('Authorization', `Bearer ${admin}`);
    expect(remove.status).toBe(403);
    expect((await englishRow(source.documentId)).archivedCopySha256).toBe(createHash('sha256').update('evidence').digest('hex'));
  });
});

describe('the REST API with tokens', () => {
  test('a full-access token (an import) writes like an Editor; a read-only token writes nothing', async () => {
    const article = await createArticle(app.strapi, {}, { arabic: { title: 'مقال' } });
    const allowed = await http().put(`/api/articles/${article.documentId}?locale=ar`).set('Authorization', `Bearer ${tokens.fullAccess}`).send({ data: { title: 'من الاستيراد' } });
    expect(allowed.status).toBe(200);
    const before = await snapshot(ARTICLE, article.documentId);
    const refused = await http().put(`/api/articles/${article.documentId}?locale=ar`).set('Authorization', `Bearer ${tokens.readOnly}`).send({ data: { title: 'لا' } });
    expect(refused.status).toBe(403);
    expect(await snapshot(ARTICLE, article.documentId)).toBe(before);
  });
});

describe('roles the model does not know', () => {
  test("Strapi's Author role writes nothing of ours, whatever its Content Manager permissions", async () => {
    const before = await documentCount(ARTICLE);
    const response = await as('author', http().post(`${CM}/${ARTICLE}?locale=en`)).send({ title: 'By an author' });
    expect(response.status).toBe(403);
    expect(await documentCount(ARTICLE)).toBe(before);
  });
});

describe('linking incidents to articles', () => {
  test('a Translator may not link; an Editor may', async () => {
    const article = await createArticle(app.strapi);
    const incident = await createIncident(app.strapi);
    const body = { article: article.documentId, incident: incident.documentId, role: 'mentions' };
    expect((await as('translator', http().post('/incident-linker/links')).send(body)).status).toBe(403);
    expect(await app.strapi.db.query('plugin::incident-linker.link').count({ where: { articleDocumentId: article.documentId } })).toBe(0);
    expect((await as('editor', http().post('/incident-linker/links')).send(body)).status).toBe(201);
  });
});

test('a refusal is logged with who, what, where and why', async () => {
  const lines: string[] = [];
  const original = app.strapi.log.warn;
  app.strapi.log.warn = ((message: string) => lines.push(message)) as any;
  try {
    const incident = await createIncident(app.strapi, {}, { arabic: { title: 'غارة' } });
    await as('translator', http().put(`${CM}/${INCIDENT}/${incident.documentId}?locale=ar`)).send({ title: 'غارة', date: '2017-01-01' });
    const line = lines.find((text) => text.includes('"event":"write.refused"'));
    expect(line).toBeDefined();
    const logged = JSON.parse(line!.slice(line!.indexOf('{')));
    expect(logged).toMatchObject({ action: 'update', uid: INCIDENT, documentId: incident.documentId, locales: ['ar'], fields: ['date'], actor: { kind: 'admin', roles: ['translator'] } });
    expect(logged.reason).toMatch(/shared by every language/);
  } finally {
    app.strapi.log.warn = original;
  }
});
