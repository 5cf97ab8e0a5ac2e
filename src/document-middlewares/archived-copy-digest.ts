import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Core } from '@strapi/strapi';
import { localPathOf } from '../server-shared/local-files';
import type { WriteStep } from '../server-shared/document-writes';
import { SOURCE } from '../uids';

/**
 * The SHA-256 of a source's archived copy proves later that the copy was not altered, so the
 * server computes it from the stored file and never takes it from the client.
 */
export const archivedCopyDigest =
  (strapi: Core.Strapi): WriteStep =>
  async (ctx, next) => {
    if (ctx.uid !== SOURCE || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const data = ((ctx.params as any).data ??= {}) as Record<string, unknown>;
    delete data.archivedCopySha256;
    if (data.archivedCopy !== undefined) {
      data.archivedCopySha256 = await digestOf(strapi, fileIdOf(data.archivedCopy));
    }
    return next();
  };

/** The archived copy is given as an id, an { id } object, or a one-element list of either. */
function fileIdOf(value: unknown): number | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  const id = first && typeof first === 'object' ? (first as { id?: unknown }).id : first;
  return id === null || id === undefined || id === '' ? undefined : Number(id);
}

async function digestOf(strapi: Core.Strapi, fileId: number | undefined): Promise<string | null> {
  if (fileId === undefined || Number.isNaN(fileId)) return null;
  const file = await strapi.db.query('plugin::upload.file').findOne({ where: { id: fileId }, select: ['url', 'provider'] });
  // Files on remote providers are hashed where they are uploaded; only local files are read here.
  const location = file && localPathOf(strapi, file);
  if (!location) return null;
  return new Promise((resolve) => {
    const hash = createHash('sha256');
    createReadStream(location)
      .on('error', (error) => {
        // No digest is better than a wrong one; the file's absence is the server's problem, not the client's.
        strapi.log.warn(`Cannot hash archived copy ${file.url}: ${error.message}`);
        resolve(null);
      })
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')));
  });
}
