import { createHash } from 'node:crypto';
import request from 'supertest';
import { createFullAccessToken } from '../helpers/auth';
import { startStrapi, type TestApp } from '../helpers/strapi';

/** The SHA-256 of a source's archived copy is computed by the server from the file, never taken from the client. */
let app: TestApp;
let token: string;
let fileId: number;
const content = `Archived statement of 10 April 2017, test run ${process.pid}-${Date.now()}`;

beforeAll(async () => {
  app = await startStrapi();
  token = await createFullAccessToken(app.strapi);
  const upload = await request(app.server)
    .post('/api/upload')
    .set('Authorization', `Bearer ${token}`)
    .attach('files', Buffer.from(content), { filename: 'statement.txt', contentType: 'text/plain' });
  expect(upload.status).toBe(201);
  fileId = upload.body[0].id;
});
afterAll(async () => {
  const file = fileId && (await app.strapi.db.query('plugin::upload.file').findOne({ where: { id: fileId } }));
  if (file) await app.strapi.plugin('upload').service('upload').remove(file);
  await app?.stop();
});

const write = (method: 'post' | 'put', path: string, data: object) =>
  request(app.server)[method](path).set('Authorization', `Bearer ${token}`).send({ data });
const storedDigest = async (documentId: string) =>
  (await app.strapi.db.query('api::source.source').findOne({ where: { documentId } })).archivedCopySha256;

test('attaching a copy stores its digest', async () => {
  const response = await write('post', '/api/sources?locale=en', { title: 'Statement', kind: 'media-department-statement', archivedCopy: fileId });
  expect(response.status).toBe(201);
  expect(await storedDigest(response.body.data.documentId)).toBe(createHash('sha256').update(content).digest('hex'));
});

test('a digest sent through the API is refused with a 400 naming the field', async () => {
  const response = await write('post', '/api/sources?locale=en', { title: 'Forged', kind: 'imagery', archivedCopy: fileId, archivedCopySha256: 'f'.repeat(64) });
  expect(response.status).toBe(400);
  expect(JSON.stringify(response.body.error)).toContain('archivedCopySha256');
});

test('a digest given to the Document Service (an import) is replaced by the computed one', async () => {
  const source = await app.strapi.documents('api::source.source').create({
    locale: 'en',
    data: { title: 'Imported', kind: 'imagery', archivedCopy: fileId, archivedCopySha256: '0'.repeat(64) } as any,
  });
  expect(await storedDigest(source.documentId)).toBe(createHash('sha256').update(content).digest('hex'));
  await app.strapi.documents('api::source.source').update({ documentId: source.documentId, locale: 'en', data: { archivedCopySha256: '1'.repeat(64) } as any });
  expect(await storedDigest(source.documentId)).toBe(createHash('sha256').update(content).digest('hex'));
});

test('removing the copy clears the digest', async () => {
  const created = await write('post', '/api/sources?locale=en', { title: 'Other', kind: 'imagery', archivedCopy: fileId });
  await write('put', `/api/sources/${created.body.data.documentId}?locale=en`, { archivedCopy: null });
  expect(await storedDigest(created.body.data.documentId)).toBeNull();
});
