import path from 'node:path';
import request from 'supertest';
import { eventually } from './eventually';

export const FIXTURES = path.join(__dirname, '..', 'fixtures', 'data-exchange');

/** Uploads a file to the admin panel's import: the dry run answers. */
export function previewFile(server: any, token: string, file: string, mapping: string, fields: Record<string, string> = {}) {
  const upload = request(server).post('/admin/data-exchange/imports').set('Authorization', `Bearer ${token}`).field('mapping', mapping);
  for (const [name, value] of Object.entries(fields)) upload.field(name, value);
  return upload.attach('file', path.isAbsolute(file) ? file : path.join(FIXTURES, file));
}

/** Commits a previewed import and waits for its end; the finished import. */
export async function commitPreview(server: any, token: string, id: string) {
  const started = await request(server).post(`/admin/data-exchange/imports/${id}/commit`).set('Authorization', `Bearer ${token}`);
  if (started.status !== 202) throw new Error(`commit answered ${started.status}: ${JSON.stringify(started.body)}`);
  const read = async () => (await request(server).get(`/admin/data-exchange/imports/${id}`).set('Authorization', `Bearer ${token}`)).body.data;
  return eventually(read, (job) => job.state !== 'committing', 60000);
}

/** Preview then commit, failing loudly on any problem: the import as a test fixture. */
export async function importFile(server: any, token: string, file: string, mapping: string, fields: Record<string, string> = {}) {
  const preview = await previewFile(server, token, file, mapping, fields);
  if (preview.status !== 201 || preview.body.data.problemCount > 0) throw new Error(`preview of ${file}: ${preview.status} ${JSON.stringify(preview.body.data?.problems ?? preview.body)}`);
  const done = await commitPreview(server, token, preview.body.data.id);
  if (done.state !== 'committed') throw new Error(`commit of ${file}: ${done.state} ${done.error}`);
  return { preview: preview.body.data, result: done };
}
