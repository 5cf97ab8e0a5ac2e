import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { decorateFindResponses } from '../../../../server-shared/content-api';
import type { TranslationWorkflowConfig } from './config';
import { PLUGIN_ID } from './constants';
import { getService } from './utils';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

const CHANGES = new Set(['create', 'update', 'publish', 'unpublish', 'discardDraft', 'delete']);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(sharedFieldsGuard(strapi));
  strapi.documents.use(keepStatesCurrent(strapi));
  // Sites learn in which languages a document exists: for language switchers and hreflang links.
  const { pageTypes } = strapi.config.get(`plugin::${PLUGIN_ID}`) as TranslationWorkflowConfig;
  decorateFindResponses(strapi, pageTypes, (_ctx, entries, uid) => addAvailableLocales(strapi, uid, entries));
};

/**
 * Every write of a translated type, from the admin panel, the API, the Document Service or an
 * import, recomputes the document's translation state. The saved locale's text before the write
 * tells a translation catching up from a new edit that makes the others outdated.
 */
const keepStatesCurrent =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (!CHANGES.has(ctx.action) || !getService('models').isTranslated(ctx.uid)) return next();
    const params = ctx.params as { documentId?: string; locale?: string };
    const locale = params.locale ?? (await strapi.plugin('i18n').service('locales').getDefaultLocale());
    const saving = ctx.action === 'create' || ctx.action === 'update';
    const before = saving && params.documentId ? await getService('states').fieldsOf(ctx.uid, params.documentId, locale) : null;

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

/**
 * Strapi's Content Manager quietly drops fields a role may not write. A translator who changes a
 * shared field (a date, a casualty figure) would believe it saved; refuse it with a 403 instead.
 */
const sharedFieldsGuard =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if ((ctx.action !== 'update' && ctx.action !== 'create') || !getService('models').isTranslated(ctx.uid)) return next();
    const request = strapi.requestContext.get() as any;
    if (request?.state?.route?.info?.type !== 'admin' || !request.state.userAbility) return next();
    const body = request.request?.body ?? {};
    const params = ctx.params as { documentId?: string; locale?: string };
    if (!params.documentId) return next();
    const checker = strapi
      .plugin('content-manager')
      .service('permission-checker')
      .create({ userAbility: request.state.userAbility, model: ctx.uid });

    const attributes = strapi.getModel(ctx.uid as any).attributes as Record<string, any>;
    const drafts = getService('models').hasDraftAndPublish(ctx.uid) ? { publishedAt: null } : {};
    const stored: any = await strapi.db.query(ctx.uid as any).findOne({ where: { documentId: params.documentId, ...drafts } });
    const refused = Object.keys(body).filter((field) => {
      const attribute = attributes[field];
      if (attribute?.pluginOptions?.i18n?.localized !== false || !isScalar(attribute)) return false;
      return !sameValue(body[field], stored?.[field]) && !checker.can.update({ ...stored, locale: params.locale }, field);
    });
    if (refused.length > 0) {
      throw new errors.ForbiddenError(`You may not change ${refused.join(', ')}: shared by every language`, { fields: refused });
    }
    return next();
  };

const SCALAR = new Set(['string', 'text', 'integer', 'biginteger', 'decimal', 'float', 'boolean', 'date', 'datetime', 'time', 'enumeration', 'email']);
const isScalar = (attribute: any) => SCALAR.has(attribute.type);
const sameValue = (a: unknown, b: unknown) => {
  if ((a === null || a === undefined || a === '') && (b === null || b === undefined || b === '')) return true;
  const dateLike = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));
  return dateLike(a) === dateLike(b) || Number(a) === Number(b);
};

/** Adds `availableLocales` to each document a content-API response lists: one query per response. */
async function addAvailableLocales(strapi: Core.Strapi, uid: string, entries: any[]) {
  const published = getService('models').hasDraftAndPublish(uid) ? { publishedAt: { $notNull: true } } : {};
  const rows: { documentId: string; locale: string }[] = await strapi.db.query(uid as any).findMany({
    where: { documentId: { $in: entries.map((entry) => entry.documentId) }, ...published },
    select: ['documentId', 'locale'],
  });
  for (const entry of entries) {
    entry.availableLocales = [...new Set(rows.filter((row) => row.documentId === entry.documentId).map((row) => row.locale))].sort();
  }
}
