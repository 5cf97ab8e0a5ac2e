import type { Core } from '@strapi/strapi';
import { withSlug, type SlugParams } from '../uniqueness/article-slugs';
import { refusingSlugClashes, slugTakenError } from '../uniqueness/slug-constraints';
import { ARTICLE } from '../uids';

type Middleware = Parameters<Core.Strapi['documents']['use']>[0];

/** Writes that can put a slug on a row: a create or update chooses it; publishing, discarding a draft and cloning copy it. */
const SLUG_WRITES = new Set(['create', 'update', 'publish', 'discardDraft', 'clone']);

/** Article slugs: chosen on create and update (src/uniqueness/article-slugs.ts), never duplicated within a locale and version. */
export const articleSlugs =
  (strapi: Core.Strapi): Middleware =>
  async (ctx, next) => {
    if (ctx.uid !== ARTICLE || !SLUG_WRITES.has(ctx.action)) return next();
    const write = async (): Promise<any> => next();
    if (ctx.action !== 'create' && ctx.action !== 'update') return refusingSlugClashes(strapi, write, () => slugTakenError(undefined, undefined));

    const params = ctx.params as SlugParams & { locale?: string };
    const locale = params.locale ?? (await strapi.plugin('i18n').service('locales').getDefaultLocale());
    return refusingSlugClashes(
      strapi,
      () => withSlug(strapi, params, locale, write),
      () => slugTakenError(params.data?.slug, locale)
    );
  };
