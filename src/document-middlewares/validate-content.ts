import type { Core } from '@strapi/strapi';
import { editableRow, type FieldError, queryOf, validationError, type WriteStep } from '@syria-cms/strapi-server-helpers';
import { alreadyUsed, sharedUniqueFields } from '../uniqueness/shared-values';
import { isOurContentType } from '../uids';
import { CONTENT_RULES } from './content-rules';

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
    // The shared fields are the same in every locale, so any editable row of the document has them.
    const stored = editableRow(await ctx.rowsBefore()) ?? {};
    const entry = { ...stored, ...data };

    const problems = [
      ...(await uniqueSharedFieldErrors(strapi, ctx.uid, data, params.documentId)),
      ...(CONTENT_RULES[ctx.uid]?.(entry, new Date()) ?? []),
    ];
    if (problems.length > 0) throw validationError(problems);
    return next();
  };

/**
 * A shared unique field (a vocabulary key, a p-code, an external id) names one document in every
 * locale. The claims table (src/uniqueness/shared-values.ts) is the guarantee; this read before the
 * write gives the common case its answer together with the other rules', and before Strapi's own
 * check, which looks within one locale only and says less ("This attribute must be unique").
 */
async function uniqueSharedFieldErrors(
  strapi: Core.Strapi,
  uid: string,
  data: Record<string, unknown>,
  documentId: string | undefined
): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  for (const name of sharedUniqueFields(strapi, uid)) {
    const value = data[name];
    if (value === undefined || value === null || value === '') continue;
    const clash = await queryOf(strapi, uid).findOne({
      where: { [name]: value, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
      select: ['documentId'],
    });
    if (clash) problems.push(alreadyUsed(strapi, uid, name, value));
  }
  return problems;
}
