import type { Core } from '@strapi/strapi';
import { fieldError, type FieldError } from '../lib/field-error';
import { validationError } from '../server-shared/validation';
import { isOurContentType } from '../uids';
import { CONTENT_RULES } from './content-rules';
import { attributesOf, editableVersion, isShared } from '../schema';

import type { WriteStep } from '../server-shared/document-writes';

/**
 * Validates creates and updates of our content types wherever they come from (content API, admin
 * panel, document service, imports), before anything is written.
 */
export const validateContent =
  (strapi: Core.Strapi): WriteStep =>
  async (ctx, next) => {
    if ((ctx.action !== 'create' && ctx.action !== 'update') || !isOurContentType(ctx.uid)) return next();

    const params = ctx.params as { documentId?: string; data?: Record<string, unknown> };
    const data = params.data ?? {};
    const stored = params.documentId ? await loadSharedFields(strapi, ctx.uid, params.documentId) : {};
    const entry = { ...stored, ...data };

    const problems = [
      ...(await uniqueSharedFieldErrors(strapi, ctx.uid, data, params.documentId)),
      ...(CONTENT_RULES[ctx.uid]?.(entry, new Date()) ?? []),
    ];
    if (problems.length > 0) throw validationError(problems);
    return next();
  };

/** The shared fields are the same in every locale, so any one row of the document has them. */
async function loadSharedFields(strapi: Core.Strapi, uid: string, documentId: string) {
  const attributes = attributesOf(strapi, uid);
  const components = Object.keys(attributes).filter((name) => attributes[name].type === 'component');
  const row = await strapi.db.query(uid as any).findOne({
    where: { documentId, ...editableVersion(strapi, uid) },
    populate: components,
  });
  return row ?? {};
}

/**
 * A shared unique field (a vocabulary key, a p-code, an external id) names one document in every
 * locale. Strapi checks uniqueness per locale and only on publish; this checks it across documents.
 */
async function uniqueSharedFieldErrors(
  strapi: Core.Strapi,
  uid: string,
  data: Record<string, unknown>,
  documentId: string | undefined
): Promise<FieldError[]> {
  const attributes = attributesOf(strapi, uid);
  const problems: FieldError[] = [];
  for (const [name, attribute] of Object.entries(attributes)) {
    const value = data[name];
    if (!attribute.unique || !isShared(attribute) || value === undefined || value === null || value === '') continue;
    const clash = await strapi.db.query(uid as any).findOne({
      where: { [name]: value, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
      select: ['documentId'],
    });
    if (clash) {
      const displayName = strapi.getModel(uid as any).info.displayName.toLowerCase();
      problems.push(fieldError(name, `${name} "${value}" is already used by another ${displayName}`));
    }
  }
  return problems;
}
