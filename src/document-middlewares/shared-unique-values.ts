import type { Core } from '@strapi/strapi';
import { isDocumentWrite, type WriteStep } from '@syria-cms/strapi-server-helpers';
import { sharedUniqueFields, syncClaims } from '../uniqueness/shared-values';

/**
 * Keys, p-codes and external ids name one document (src/uniqueness/shared-values.ts): the write and
 * the document's claims on its values commit together, or not at all. Strapi's own transaction
 * (every Document Service action opens one) joins this one.
 */
export const sharedUniqueValues =
  (strapi: Core.Strapi): WriteStep =>
  async (ctx, next) => {
    if (!isDocumentWrite(ctx)) return next();
    const fields = sharedUniqueFields(strapi, ctx.uid);
    if (fields.length === 0) return next();
    const params = ctx.params as { documentId?: string; data?: Record<string, unknown> };
    // A create or an update that sends none of the fields changes none of the values.
    if ((ctx.action === 'create' || ctx.action === 'update') && !fields.some((field) => params.data?.[field] !== undefined)) return next();

    return strapi.db.transaction(async () => {
      const result: any = await next();
      // A clone's document is the new one; a delete answers with the deleted one.
      const documentId = result?.documentId ?? params.documentId;
      if (documentId) await syncClaims(strapi, ctx.uid, documentId);
      return result;
    });
  };
