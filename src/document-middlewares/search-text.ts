import type { Core } from '@strapi/strapi';
import { SEARCH_SOURCES, searchTextOf } from '../lib/search-text';
import { editableVersion } from '../schema';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

/**
 * Keeps each version's folded search words current on every create and update, from any path.
 * An update that sends only some of the searched fields is completed from the stored version
 * (one read); publishing copies the draft's words with the rest of the draft.
 */
export const searchText =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    const sources = SEARCH_SOURCES[ctx.uid];
    if (!sources || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const params = ctx.params as { documentId?: string; locale?: string; data?: Record<string, unknown> };
    const data = (params.data ??= {});
    delete data.searchText;
    const missing = sources.filter((source) => !(source in data));
    if (missing.length === sources.length && ctx.action === 'update') return next();
    let stored: Record<string, unknown> = {};
    if (missing.length > 0 && ctx.action === 'update' && params.documentId) {
      const locale = params.locale ?? (await strapi.plugin('i18n').service('locales').getDefaultLocale());
      stored =
        (await strapi.db.query(ctx.uid).findOne({
          where: { documentId: params.documentId, locale, ...editableVersion(strapi, ctx.uid) },
          select: missing,
        })) ?? {};
    }
    data.searchText = searchTextOf({ ...stored, ...data }, sources);
    return next();
  };
