import type { Core } from '@strapi/strapi';
import { withSlug, type SlugParams } from '../uniqueness/article-slugs';
import { refusingSlugClashes, slugTakenError } from '../uniqueness/slug-constraints';
import type { WriteStep } from '@syria-cms/strapi-server-helpers';
import { ARTICLE } from '../uids';

/** Writes that can put a slug on a row: a create or update chooses it; publishing, discarding a draft and cloning copy it. */
const SLUG_WRITES = new Set(['create', 'update', 'publish', 'discardDraft', 'clone']);

/** Article slugs: chosen on create and update (src/uniqueness/article-slugs.ts), never duplicated within a locale and version. */
export const articleSlugs =
  (strapi: Core.Strapi): WriteStep =>
  async (ctx, next) => {
    if (ctx.uid !== ARTICLE || !SLUG_WRITES.has(ctx.action)) return next();
    const write = async (): Promise<any> => next();
    if (ctx.action !== 'create' && ctx.action !== 'update') return refusingSlugClashes(strapi, write, () => slugTakenError(undefined, undefined));

    const params = ctx.params as SlugParams & { locale?: string };
    const locale = await ctx.locale();
    return refusingSlugClashes(
      strapi,
      async () => withSlug(strapi, params, locale, await ctx.rowsBefore(), write),
      () => slugTakenError(params.data?.slug, locale)
    );
  };
