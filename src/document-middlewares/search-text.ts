import type { Core } from '@strapi/strapi';
import { SEARCH_SOURCES, searchTextOf } from '../lib/search-text';
import { editableRow, type WriteStep } from '@syria-cms/strapi-server-helpers';

/**
 * Keeps each version's folded search words current on every create and update, from any path.
 * An update that sends only some of the searched fields is completed from the stored version
 * (the write's shared read of the document); publishing copies the draft's words with the rest of the draft.
 */
export const searchText =
  (_strapi: Core.Strapi): WriteStep =>
  async (ctx, next) => {
    const sources = SEARCH_SOURCES[ctx.uid];
    if (!sources || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const params = ctx.params as { documentId?: string; locale?: string; data?: Record<string, unknown> };
    const data = (params.data ??= {});
    delete data.searchText;
    const missing = sources.filter((source) => !(source in data));
    if (missing.length === sources.length && ctx.action === 'update') return next();
    let stored: Record<string, unknown> = {};
    if (missing.length > 0 && ctx.action === 'update') {
      stored = editableRow(await ctx.rowsBefore(), await ctx.locale()) ?? {};
    }
    data.searchText = searchTextOf({ ...stored, ...data }, sources);
    return next();
  };
