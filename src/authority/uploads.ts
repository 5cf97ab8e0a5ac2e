import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { attributesOf, currentActor, documentsOf, fieldError, validationError } from '@syria-cms/strapi-server-helpers';
import { isLocalized } from '@syria-cms/bilingual-text';
import { CONTENT_TYPES, isOurContentType, SOURCE } from '../uids';
import { assertMayWrite } from './enforce';

type UploadService = Record<string, (...args: any[]) => Promise<any>>;

/** Media fields whose files are evidence: once attached, never replaced in place nor deleted. */
const EVIDENCE_FIELDS: Record<string, string[]> = { [SOURCE]: ['archivedCopy', 'previousArchivedCopies'] };

/**
 * The upload service is the other way files reach documents: `POST /upload` with `ref`, `refId`
 * and `field` links the new file to an entry directly, past the Document Service, and replacing or
 * deleting a file changes every entry that shows it. Here an attachment becomes a Document
 * Service update (so the authority model, the archived copy's digest and every other document
 * rule apply), and replacing or deleting a file counts as attaching to each field that holds it.
 */
export function guardUploadService(strapi: Core.Strapi, service: UploadService): UploadService {
  return {
    ...service,
    async upload(input: { data?: Record<string, unknown>; files: unknown }, options?: unknown) {
      const { ref, refId, field, ...data } = input.data ?? {};
      if (ref === undefined && refId === undefined && field === undefined) return service.upload(input, options);
      const target = await attachmentTarget(strapi, ref, refId, field);
      assertMayWrite(strapi, { action: 'attach', ...target.write });
      const files = await service.upload({ ...input, data }, options);
      try {
        await attach(strapi, target, files);
      } catch (error) {
        // The upload was for this attachment; refused or invalid, it leaves nothing behind.
        await Promise.all(files.map((file: unknown) => service.remove(file)));
        throw error;
      }
      return files;
    },
    async replace(id: number | string, input: unknown, options?: unknown) {
      await assertMayChangeFile(strapi, Number(id));
      return service.replace(id, input, options);
    },
    async remove(file: { id: number }) {
      await assertMayChangeFile(strapi, Number(file.id));
      return service.remove(file);
    },
  };
}

interface AttachmentTarget {
  field: string;
  multiple: boolean;
  write: { uid: string; documentId: string; locales: string[]; fields: { name: string; localized: boolean }[] };
}

async function attachmentTarget(strapi: Core.Strapi, ref: unknown, refId: unknown, field: unknown): Promise<AttachmentTarget> {
  if (typeof ref !== 'string' || !isOurContentType(ref)) {
    throw validationError([fieldError('ref', `ref must be one of ${CONTENT_TYPES.join(', ')}`)]);
  }
  const attribute = attributesOf(strapi, ref)[field as string];
  if (typeof field !== 'string' || attribute?.type !== 'media') {
    throw validationError([fieldError('field', `field must be a media field of ${ref}`)]);
  }
  const row = /^\d+$/.test(String(refId))
    ? await strapi.db.query(ref).findOne({ where: { id: Number(refId) }, select: ['documentId', 'locale'] })
    : null;
  if (!row) throw validationError([fieldError('refId', `refId must be the id of a stored ${ref}`)]);
  return {
    field,
    multiple: attribute.multiple === true,
    write: { uid: ref, documentId: row.documentId, locales: [row.locale], fields: [{ name: field, localized: isLocalized(attribute) }] },
  };
}

/** Links the uploaded files through the Document Service, to the draft where there is one. */
async function attach(strapi: Core.Strapi, target: AttachmentTarget, files: { id: number }[]) {
  const { uid, documentId, locales } = target.write;
  const documents = documentsOf(strapi, uid);
  let value: number | number[] = files[0].id;
  if (target.multiple) {
    const current: any = await documents.findOne({ documentId, locale: locales[0], populate: { [target.field]: { fields: ['id'] } } } as any);
    value = [...(current?.[target.field] ?? []).map((file: { id: number }) => file.id), ...files.map((file) => file.id)];
  }
  await documents.update({ documentId, locale: locales[0], data: { [target.field]: value } } as any);
}

/**
 * Replacing or deleting a file changes every document showing it; the actor must be allowed to
 * attach files to each of those fields, and a file kept as evidence is never replaced or deleted
 * by a request, whoever sends it (the server's own code, a retention job, may still remove it).
 */
async function assertMayChangeFile(strapi: Core.Strapi, fileId: number) {
  for (const uid of CONTENT_TYPES) {
    const attributes = attributesOf(strapi, uid);
    for (const [name, attribute] of Object.entries(attributes)) {
      if (attribute.type !== 'media') continue;
      const holders = await strapi.db.query(uid).findMany({ where: { [name]: { id: fileId } }, select: ['documentId', 'locale'] });
      if (holders.length === 0) continue;
      if (EVIDENCE_FIELDS[uid]?.includes(name) && currentActor(strapi).kind !== 'server') {
        throw new errors.PolicyError(
          `File ${fileId} is the ${name} of a ${uid.split('.').pop()} and is kept as evidence: it is never replaced or deleted. Attach a new file to the ${uid.split('.').pop()} instead.`,
          { action: 'attach', uid, documentId: holders[0].documentId, fields: [name], reason: 'evidence is never replaced or deleted' }
        );
      }
      for (const holder of holders) {
        assertMayWrite(strapi, { action: 'attach', uid, documentId: holder.documentId, locales: [holder.locale], fields: [{ name, localized: isLocalized(attribute) }] });
      }
    }
  }
}
