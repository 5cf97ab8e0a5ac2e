import { createHash } from 'node:crypto';
import request from 'supertest';
import { createFullAccessToken, loginAdmin } from '../helpers/auth';
import { createSource } from '../helpers/fixtures';
import { greyPng } from '../helpers/png';
import { countReadQueries } from '../helpers/query-counter';
import { listen, rawRequest, type RawResponse } from '../helpers/server';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * A confidential source's archived copy, and every format generated from it, is never sent from
 * /uploads, however the path is spelt and whoever asks: it is answered as a missing file is. Admins
 * who may read the source download it from /admin/archived-copies/:fileId. A public source's copy
 * stays at its /uploads link, and the decision follows the source's flag as it changes.
 */
interface UploadedFile {
  id: number;
  url: string;
  formats: Record<string, { url: string }> | null;
}

const SOURCE = 'api::source.source';
const NOT_FOUND = { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } };
const STATEMENT = Buffer.from(`Statement archived by test run ${process.pid}-${Date.now()}`);

let app: TestApp;
let baseUrl: string;
let token: string;
let editor: Record<string, string>;
let image: UploadedFile; // a confidential source's copy, with the formats the upload plugin generates
let statement: UploadedFile; // a public source's copy
let loose: UploadedFile; // held by no source
let secret: { documentId: string };
let open: { documentId: string };

async function upload(content: Buffer, filename: string, contentType: string): Promise<UploadedFile> {
  const response = await request(app.server).post('/api/upload').set('Authorization', `Bearer ${token}`).attach('files', content, { filename, contentType });
  expect(response.status).toBe(201);
  return response.body[0];
}

beforeAll(async () => {
  app = await startStrapi();
  baseUrl = await listen(app);
  token = await createFullAccessToken(app.strapi);
  editor = { Authorization: `Bearer ${await loginAdmin(app.strapi, app.server, 'strapi-editor')}` };
  image = await upload(greyPng(600, 400), 'Witness photo.png', 'image/png');
  statement = await upload(STATEMENT, 'statement.txt', 'text/plain');
  loose = await upload(Buffer.from('not an archived copy'), 'loose.txt', 'text/plain');
  // Both with an Arabic translation: every language's row holds the copy.
  secret = await createSource(app.strapi, { confidential: true, archivedCopy: image.id }, { title: 'شاهد عيان' });
  open = await createSource(app.strapi, { archivedCopy: statement.id }, { title: 'بيان' });
});
afterAll(async () => {
  for (const uploaded of [image, statement, loose]) {
    const file = uploaded && (await app.strapi.db.query('plugin::upload.file').findOne({ where: { id: uploaded.id } }));
    if (file) await app.strapi.plugin('upload').service('upload').remove(file);
  }
  await app?.stop();
});

const get = (path: string, headers?: Record<string, string>) => rawRequest(baseUrl, path, { headers });
const nameOf = (url: string) => url.slice('/uploads/'.length);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const setConfidential = (documentId: string, confidential: boolean) =>
  app.strapi.documents(SOURCE).update({ documentId, locale: 'ar', data: { confidential } as any });

/** The answer to a file that does not exist, labelled with the path so that a failure names it. */
function expectMissing(path: string, response: RawResponse) {
  expect([path, response.status, response.body.length > 0 ? JSON.parse(response.body.toString()) : NOT_FOUND]).toEqual([path, 404, NOT_FOUND]);
}

/** Ways of writing a path to public/uploads/<name> that Strapi's static servers all resolve to that file. */
const spellings = (url: string) => {
  const name = nameOf(url);
  return [
    url,
    `${url}?download=1`,
    `/uploads//${name}`,
    `/uploads/./${name}`,
    `/uploads/%2e/${name}`,
    `/uploads/${name.replace('.', '%2E')}`,
    `/uploads/${[...name].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('')}`,
    `/%75ploads/${name}`,
    `/./uploads/${name}`,
    `/%2e/uploads/${name}`,
    `/uploads%2f${name}`,
    `/elsewhere/../uploads/${name}`,
    // The same file on a case-insensitive disk.
    `/UPLOADS/${name}`,
    `/uploads/${name.toUpperCase()}`,
  ];
};

test('the upload plugin generated formats of the image', () => {
  expect(Object.keys(image.formats ?? {})).toEqual(expect.arrayContaining(['thumbnail', 'small']));
});

test("a public source's copy, and a file no source holds, are served at their link", async () => {
  const response = await get(statement.url);
  expect(response.status).toBe(200);
  expect(response.body.equals(STATEMENT)).toBe(true);
  expect((await get(loose.url)).status).toBe(200);
});

test("a confidential source's copy is a 404 by every spelling of its link, and so is each of its formats", async () => {
  for (const path of [...spellings(image.url), ...Object.values(image.formats!).flatMap(({ url }) => spellings(url))]) {
    expectMissing(path, await get(path));
  }
  const head = await rawRequest(baseUrl, image.url, { method: 'HEAD' });
  expect([head.status, head.body.length]).toEqual([404, 0]);
  expectMissing('range', await get(image.url, { Range: 'bytes=0-7' }));
});

test('a withheld file is answered exactly as a missing one, headers included', async () => {
  for (const [withheld, missing] of [
    [image.url, '/uploads/missing_0123456789.png'],
    [`/./uploads/${nameOf(image.url)}`, '/./uploads/missing_0123456789.png'],
  ]) {
    const [a, b] = [await get(withheld), await get(missing)];
    const { date: _a, ...headersOfWithheld } = a.headers;
    const { date: _b, ...headersOfMissing } = b.headers;
    expect([a.status, headersOfWithheld, a.body.toString()]).toEqual([b.status, headersOfMissing, b.body.toString()]);
  }
});

test("an admin's token does not open the link either: a copy sent there could be kept by a cache for everyone", async () => {
  expectMissing(image.url, await get(image.url, editor));
});

test('a copy that a confidential source shares with a public one stays withheld', async () => {
  const alsoOpen = await createSource(app.strapi, { archivedCopy: image.id });
  expectMissing(image.url, await get(image.url));
  await app.strapi.documents(SOURCE).delete({ documentId: alsoOpen.documentId, locale: '*' } as any);
});

test('a source that becomes confidential withholds its copy at once, and releases it when it stops being', async () => {
  await setConfidential(open.documentId, true);
  for (const path of spellings(statement.url)) expectMissing(path, await get(path));
  await setConfidential(open.documentId, false);
  const response = await get(statement.url);
  expect(response.status).toBe(200);
  expect(response.body.equals(STATEMENT)).toBe(true);
});

test('one query decides a request for /uploads, none is made for other paths', async () => {
  expect((await countReadQueries(app.strapi, () => get(statement.url))).queries).toBe(1);
  expect((await countReadQueries(app.strapi, () => get(image.url))).queries).toBe(1);
  expect((await countReadQueries(app.strapi, () => get('/robots.txt'))).queries).toBe(0);
});

test('malformed /uploads paths are refused as before, never with a 5xx', async () => {
  for (const path of ['/uploads/%00', '/uploads/%ff', `/uploads/${nameOf(image.url)}%00`]) {
    const response = await get(path);
    expect([path, response.status]).toEqual([path, 400]);
  }
});

describe('the admin route', () => {
  const route = () => `/admin/archived-copies/${image.id}`;

  test('sends an editor the confidential copy as an attachment that no cache keeps', async () => {
    const response = await get(route(), editor);
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(response.headers['content-disposition']).toBe('attachment; filename="Witness photo.png"');
    expect(response.headers['content-type']).toBe('image/png');
    // The bytes the source's digest was computed from.
    const stored = await app.strapi.db.query(SOURCE).findOne({ where: { documentId: secret.documentId, locale: 'en' } });
    expect(sha256(response.body)).toBe(stored.archivedCopySha256);
  });

  test('is a 401 without an admin session and a 403 to an admin who may read no source', async () => {
    for (const headers of [undefined, { Authorization: 'Bearer not-a-token' }, { Authorization: `Bearer ${token}` }]) {
      const response = await get(route(), headers);
      expect([headers, response.status]).toEqual([headers, 401]);
    }
    await app.strapi.service('admin::role').create({ name: 'Reads no sources', code: 'reads-no-sources', description: 'No content permissions' });
    const response = await get(route(), { Authorization: `Bearer ${await loginAdmin(app.strapi, app.server, 'reads-no-sources')}` });
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body.toString()).error.name).toBe('PolicyError');
  });

  test("is a 404 to an Author, who reads only the sources they created, for another's copy", async () => {
    const response = await get(route(), { Authorization: `Bearer ${await loginAdmin(app.strapi, app.server, 'strapi-author')}` });
    expect(response.status).toBe(404);
  });

  test("sends only sources' copies: a bad or unknown file id is a 4xx, never a 5xx", async () => {
    for (const [fileId, status] of [
      ['abc', 400],
      ['%00', 400],
      ['0', 400],
      ['1.5', 400],
      ['99999999999', 400],
      ['999999', 404],
      [String(loose.id), 404],
    ] as const) {
      const response = await get(`/admin/archived-copies/${fileId}`, editor);
      expect([fileId, response.status, JSON.parse(response.body.toString()).error.status]).toEqual([fileId, status, status]);
    }
  });
});
