import { ensureUniqueness } from '../../src/bootstrap/uniqueness';
import { createArticle, createIncident } from '../helpers/fixtures';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * The constraints behind uniqueness, beyond what the read before a write catches: writes that went
 * around the rules (the query engine, an older server), values a document stops holding, and the
 * checks a start makes. Writes around the rules are made with the query engine, which runs no
 * document middleware.
 */
let app: TestApp;

beforeAll(async () => {
  app = await startStrapi();
});
afterAll(async () => app?.stop());

const ARTICLE = 'api::article.article';
const WEAPON = 'api::weapon.weapon';
const INCIDENT = 'api::incident.incident';

const documents = (uid: string) => app.strapi.documents(uid as any);
const query = (uid: string) => app.strapi.db.query(uid as any);
const claims = () => app.strapi.db.connection('shared_unique_values').select('model', 'field', 'value', 'document_id').orderBy(['model', 'field', 'value']);

/** A ValidationError (a 400 over HTTP) naming the field. */
const fieldError = (field: string) => expect.objectContaining({ name: 'ValidationError', details: { errors: [expect.objectContaining({ path: [field] })] } });

describe('article slugs', () => {
  /** An article published on `slug` whose draft has moved to another slug. */
  async function publishedOn(slug: string) {
    const article = await createArticle(app.strapi, { slug }, { publish: true });
    await documents(ARTICLE).update({ documentId: article.documentId, locale: 'en', data: { slug: `${slug}-draft` } } as any);
    return article;
  }
  const draftRowOf = (documentId: string) => query(ARTICLE).findOne({ where: { documentId, locale: 'en', publishedAt: null } });

  test('a draft that took a published slug around the rules cannot be published over it', async () => {
    await publishedOn('shared-url');
    const other = await createArticle(app.strapi);
    await query(ARTICLE).update({ where: { id: (await draftRowOf(other.documentId)).id }, data: { slug: 'shared-url' } });

    await expect(documents(ARTICLE).publish({ documentId: other.documentId, locale: 'en' } as any)).rejects.toEqual(fieldError('slug'));
    expect(await query(ARTICLE).count({ where: { locale: 'en', slug: 'shared-url', publishedAt: { $notNull: true } } })).toBe(1);
  });

  test('discarding a draft cannot bring back a slug another draft took meanwhile', async () => {
    const article = await publishedOn('restored-url');
    const other = await createArticle(app.strapi);
    await query(ARTICLE).update({ where: { id: (await draftRowOf(other.documentId)).id }, data: { slug: 'restored-url' } });

    await expect(documents(ARTICLE).discardDraft({ documentId: article.documentId, locale: 'en' } as any)).rejects.toEqual(fieldError('slug'));
    expect((await draftRowOf(article.documentId)).slug).toBe('restored-url-draft');
  });

  test('a clone cannot keep the slug of the original', async () => {
    const original = await createArticle(app.strapi, { slug: 'cloned-url' });
    await expect(documents(ARTICLE).clone({ documentId: original.documentId, locale: 'en' } as any)).rejects.toEqual(fieldError('slug'));
  });

  test('a start refuses slugs the data already shares, naming them; once renamed, the index is back', async () => {
    const first = await createArticle(app.strapi, { slug: 'twice-used' });
    const second = await createArticle(app.strapi);
    const secondRow = await draftRowOf(second.documentId);
    await app.strapi.db.connection.raw('DROP INDEX articles_slug_draft_unique');
    await query(ARTICLE).update({ where: { id: secondRow.id }, data: { slug: 'twice-used' } });

    await expect(ensureUniqueness(app.strapi)).rejects.toThrow('"twice-used" (en, draft, 2 articles)');

    await query(ARTICLE).update({ where: { id: secondRow.id }, data: { slug: 'used-once' } });
    await ensureUniqueness(app.strapi);
    // Not `rejects.toThrow()`: better-sqlite3's native part keeps the error class of the first test
    // file that loaded it in this worker, and jest does not count an Error of another realm as thrown.
    const duplicate = query(ARTICLE).update({ where: { id: secondRow.id }, data: { slug: 'twice-used' } });
    await expect(duplicate.then(() => 'written', () => 'refused')).resolves.toBe('refused');
    expect((await draftRowOf(first.documentId)).slug).toBe('twice-used');
  });
});

describe('keys, p-codes and external ids', () => {
  const weapon = (key: string, locale = 'en') => documents(WEAPON).create({ locale, data: { key, label: key } as any });

  test('a deleted document releases its values', async () => {
    const first = await weapon('mortar');
    await documents(WEAPON).delete({ documentId: first.documentId, locale: '*' } as any);
    await expect(weapon('mortar', 'ar')).resolves.toMatchObject({ key: 'mortar' });
  });

  test('a changed value is released', async () => {
    const first = await weapon('rocket');
    await documents(WEAPON).update({ documentId: first.documentId, locale: 'en', data: { key: 'grad-rocket' } } as any);
    await expect(weapon('rocket')).resolves.toMatchObject({ key: 'rocket' });
    await expect(weapon('grad-rocket', 'ar')).rejects.toEqual(fieldError('key'));
  });

  test('a value the published version still holds stays taken until the draft is published', async () => {
    const incident = await createIncident(app.strapi, { externalId: 'SN-1' }, { publish: true });
    await documents(INCIDENT).update({ documentId: incident.documentId, locale: 'en', data: { externalId: 'SN-2' } } as any);
    await expect(createIncident(app.strapi, { externalId: 'SN-1' })).rejects.toEqual(fieldError('externalId'));

    await documents(INCIDENT).publish({ documentId: incident.documentId, locale: 'en' } as any);
    await expect(createIncident(app.strapi, { externalId: 'SN-1' })).resolves.toMatchObject({ externalId: 'SN-1' });
  });

  test('a clone cannot keep the external id of the original', async () => {
    // Strapi checks unique fields of drafts not at all: the claim is all there is.
    const original = await createIncident(app.strapi, { externalId: 'SN-3' });
    const before = await query(INCIDENT).count({});
    await expect(documents(INCIDENT).clone({ documentId: original.documentId, locale: 'en' } as any)).rejects.toEqual(fieldError('externalId'));
    expect(await query(INCIDENT).count({})).toBe(before);
  });

  test('a start claims values written around the rules, releases values no longer held, and changes nothing the second time', async () => {
    await query(WEAPON).create({ data: { documentId: 'imported0weapon0000000001', locale: 'en', key: 'imported-shell', label: 'Imported' } });
    const dropped = await weapon('dropped-shell');
    await query(WEAPON).delete({ where: { documentId: dropped.documentId } });

    await ensureUniqueness(app.strapi);
    const once = await claims();
    expect(once).toContainEqual({ model: WEAPON, field: 'key', value: 'imported-shell', document_id: 'imported0weapon0000000001' });
    expect(once.filter((claim: any) => claim.value === 'dropped-shell')).toEqual([]);
    await ensureUniqueness(app.strapi);
    expect(await claims()).toEqual(once);
  });

  test('a start refuses values two documents already share, naming them', async () => {
    await weapon('shared-shell');
    const row = await query(WEAPON).create({ data: { documentId: 'imported0weapon0000000002', locale: 'ar', key: 'shared-shell', label: 'Imported' } });
    try {
      await expect(ensureUniqueness(app.strapi)).rejects.toThrow('api::weapon.weapon key "shared-shell" (2 documents)');
    } finally {
      await query(WEAPON).delete({ where: { id: row.id } });
    }
  });
});
