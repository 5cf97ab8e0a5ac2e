import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Core } from '@strapi/strapi';
import { editableVersion, type WriteStep } from '@syria-cms/strapi-server-helpers';
import { localPathOf } from '../server-shared/local-files';
import { SOURCE } from '../uids';

/**
 * A source's archived copy is evidence. The SHA-256 that proves later that the copy was not
 * altered is computed by the server from the stored file, never taken from the client; and a copy
 * that is replaced is not lost: it joins the source's previous copies, which only the server writes.
 */
export const archivedCopyDigest =
  (strapi: Core.Strapi): WriteStep =>
  async (ctx, next) => {
    if (ctx.uid !== SOURCE || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const params = ctx.params as { documentId?: string; data?: Record<string, unknown> };
    const data = (params.data ??= {});
    delete data.archivedCopySha256;
    delete data.previousArchivedCopies;
    if (data.archivedCopy !== undefined) {
      const fileId = fileIdOf(data.archivedCopy);
      data.archivedCopySha256 = await digestOf(strapi, fileId);
      const previous = params.documentId ? await previousCopies(strapi, params.documentId, fileId) : undefined;
      if (previous) data.previousArchivedCopies = previous;
    }
    return next();
  };

/** The previous copies with the one being replaced added, or undefined when the copy stays the same. */
async function previousCopies(strapi: Core.Strapi, documentId: string, newFileId: number | undefined): Promise<number[] | undefined> {
  const stored: any = await strapi.db.query(SOURCE).findOne({
    where: { documentId, ...editableVersion(strapi, SOURCE) },
    populate: { archivedCopy: { select: ['id'] }, previousArchivedCopies: { select: ['id'] } },
  });
  const replaced: number | undefined = stored?.archivedCopy?.id;
  if (replaced === undefined || replaced === newFileId) return undefined;
  const kept: number[] = (stored.previousArchivedCopies ?? []).map((file: { id: number }) => file.id);
  return kept.includes(replaced) ? kept : [...kept, replaced];
}

/** The archived copy is given as an id, an { id } object, or a one-element list of either. */
function fileIdOf(value: unknown): number | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  const id = first && typeof first === 'object' ? (first as { id?: unknown }).id : first;
  const number = id === null || id === undefined || id === '' ? NaN : Number(id);
  return Number.isNaN(number) ? undefined : number;
}

async function digestOf(strapi: Core.Strapi, fileId: number | undefined): Promise<string | null> {
  if (fileId === undefined) return null;
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
