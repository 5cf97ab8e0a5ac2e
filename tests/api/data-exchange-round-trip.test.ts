import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { loadDemoData } from '../../src/bootstrap/demo-data';
import { VOCABULARIES } from '../../src/uids';
import { loginAdmin } from '../helpers/auth';
import { importFile } from '../helpers/data-exchange';
import { startStrapi } from '../helpers/strapi';

/**
 * Export, then import into an empty database (only the controlled vocabularies, which are not
 * exported), gives the same records: the second database's export is the first's, byte for byte,
 * document ids, Arabic text, relations, drafts and publication included.
 */
const TYPES = [
  { type: 'locations', mapping: 'native-locations' },
  { type: 'sources', mapping: 'native-sources' },
  { type: 'incidents', mapping: 'native-incidents' },
];

async function exportAll(server: any, token: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const { type } of TYPES) {
    const response = await request(server).get(`/admin/data-exchange/exports/${type}?format=csv&language=both`).set('Authorization', `Bearer ${token}`).buffer(true).parse(text);
    expect(response.status).toBe(200);
    files[type] = response.body;
  }
  return files;
}

function text(res: any, done: (error: Error | null, body: string) => void) {
  let body = '';
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => (body += chunk));
  res.on('end', () => done(null, body));
}

test('export, import into an empty database, export again: the same files', async () => {
  // The first database: the demo content, with the imported fixtures on top (drafts, Arabic, a confidential source).
  const first = await startStrapi();
  let exported: Record<string, string>;
  let vocabularies: Record<string, any[]>;
  try {
    await loadDemoData(first.strapi);
    const editor = await loginAdmin(first.strapi, first.server, 'strapi-editor');
    await importFile(first.server, editor, 'native-locations.csv', 'native-locations');
    await importFile(first.server, editor, 'native-sources.csv', 'native-sources');
    await importFile(first.server, editor, 'native-incidents.csv', 'native-incidents');
    exported = await exportAll(first.server, editor);
    vocabularies = Object.fromEntries(await Promise.all(VOCABULARIES.map(async (uid) => [uid, await first.strapi.db.query(uid).findMany({ orderBy: { id: 'asc' } })])));
  } finally {
    await first.stop();
  }
  expect(exported.incidents.split('\n').length).toBeGreaterThan(25);

  const second = await startStrapi();
  try {
    // The vocabularies are configuration, not records: the same terms, created as an editor would.
    for (const [uid, rows] of Object.entries(vocabularies)) {
      for (const row of rows.filter((term) => term.locale === 'en')) {
        const created = await second.strapi.documents(uid as any).create({ locale: 'en', data: { key: row.key, label: row.label, aliases: row.aliases } as any });
        const arabic = rows.find((term) => term.documentId === row.documentId && term.locale === 'ar');
        if (arabic) await second.strapi.documents(uid as any).update({ documentId: created.documentId, locale: 'ar', data: { label: arabic.label, aliases: arabic.aliases } as any });
      }
    }
    const editor = await loginAdmin(second.strapi, second.server, 'strapi-editor');
    const dir = await mkdtemp(path.join(tmpdir(), 'round-trip-'));
    for (const { type, mapping } of TYPES) {
      const file = path.join(dir, `${type}.csv`);
      await writeFile(file, exported[type]);
      const { result } = await importFile(second.server, editor, file, mapping);
      expect(result.summary[0]).toMatchObject({ update: 0, unchanged: 0 });
    }
    expect(await exportAll(second.server, editor)).toEqual(exported);
  } finally {
    await second.stop();
  }
}, 180000);
