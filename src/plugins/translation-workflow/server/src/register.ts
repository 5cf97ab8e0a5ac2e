import type { Core } from '@strapi/strapi';
import { decorateFindResponses, hasDraftAndPublish, localesOf, queryOf, registerWriteStep, type WriteStep } from '@syria-cms/strapi-server-helpers';
import type { TranslationWorkflowConfig } from './config';
import { PLUGIN_ID } from '../../shared/constants';
import { getService } from './utils';

const CHANGES = new Set(['create', 'update', 'publish', 'unpublish', 'discardDraft', 'delete']);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  registerWriteStep(strapi, `${PLUGIN_ID}.states`, keepStatesCurrent);
  // Sites learn in which languages a document exists: for language switchers and hreflang links.
  const { pageTypes } = strapi.config.get(`plugin::${PLUGIN_ID}`) as TranslationWorkflowConfig;
  decorateFindResponses(strapi, pageTypes, (_ctx, entries, uid) => addAvailableLocales(strapi, uid, entries));
};

/**
 * Every write of a translated type, from the admin panel, the API, the Document Service or an
 * import, recomputes the document's translation state. The saved locale's text before the write
 * tells a translation catching up from a new edit that makes the others outdated.
 */
const keepStatesCurrent: WriteStep = async (ctx, next) => {
  if (!CHANGES.has(ctx.action) || !getService('models').isTranslated(ctx.uid)) return next();
  const params = ctx.params as { documentId?: string; locale?: string };
  const locale = await ctx.locale();
  const saving = ctx.action === 'create' || ctx.action === 'update';
  const before = saving && params.documentId ? getService('states').fieldsIn(ctx.uid, await ctx.rowsBefore(), locale) : null;

  const result: any = await next();
  const documentId = params.documentId ?? result?.documentId;
  if (!documentId) return result;
  await getService('states').refresh(
    ctx.uid,
    documentId,
    saving ? { kind: 'save', locale: result?.locale ?? locale, before } : { kind: 'refresh' }
  );
  return result;
};

/** Adds `availableLocales` to each document a content-API response lists: one query per response. */
async function addAvailableLocales(strapi: Core.Strapi, uid: string, entries: any[]) {
  const published = hasDraftAndPublish(strapi, uid) ? { publishedAt: { $notNull: true } } : {};
  const rows: { documentId: string; locale: string }[] = await queryOf(strapi, uid).findMany({
    where: { documentId: { $in: entries.map((entry) => entry.documentId) }, ...published },
    select: ['documentId', 'locale'],
  });
  for (const entry of entries) entry.availableLocales = localesOf(rows, entry.documentId);
}
