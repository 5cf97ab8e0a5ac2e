import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { firstFreeSlug, slugOf } from '../lib/slug';
import { ARTICLE } from '../uids';

import type { WriteStep } from '../server-shared/document-writes';

/**
 * Fills an article's slug from its title where the Content Manager would (the Document Service does
 * not), keeps it unique within its locale, and never changes it by itself once the article has been
 * published in that locale: links to it are out in the world.
 */
export const articleSlugs =
  (strapi: Core.Strapi): WriteStep =>
  async (ctx, next) => {
    if (ctx.uid !== ARTICLE || (ctx.action !== 'create' && ctx.action !== 'update')) return next();

    const params = ctx.params as { documentId?: string; locale?: string; data?: Record<string, any> };
    const data = (params.data ??= {});
    const locale = params.locale ?? (await strapi.plugin('i18n').service('locales').getDefaultLocale());
    const documentId = params.documentId;
    const current = documentId ? await currentVersion(strapi, documentId, locale) : undefined;

    const requested = typeof data.slug === 'string' ? data.slug.trim() : data.slug;
    if (requested) {
      if (await isTakenElsewhere(strapi, requested, locale, documentId)) {
        throw new errors.ValidationError(`slug "${requested}" is already used by another article in locale ${locale}`, {
          errors: [{ path: ['slug'], message: `slug "${requested}" is already used in locale ${locale}`, name: 'ValidationError' }],
        });
      }
      return next();
    }

    if (current?.slug && (current.published || (requested === undefined && !followsTitle(current, data)))) {
      // Published, or not asked to change: the stored slug stands.
      if (requested !== undefined) data.slug = current.slug;
      return next();
    }

    const title = data.title ?? current?.title;
    if (typeof title === 'string' && title.trim() !== '') {
      data.slug = await freeSlug(strapi, slugOf(title), locale, documentId);
    }
    return next();
  };

interface CurrentVersion {
  slug: string | null;
  title: string | null;
  published: boolean;
}

async function currentVersion(strapi: Core.Strapi, documentId: string, locale: string): Promise<CurrentVersion | undefined> {
  const rows = await strapi.db.query(ARTICLE).findMany({
    where: { documentId, locale },
    select: ['slug', 'title', 'publishedAt'],
  });
  const draft = rows.find((row: any) => row.publishedAt === null);
  if (!draft) return undefined;
  return { slug: draft.slug, title: draft.title, published: rows.some((row: any) => row.publishedAt !== null) };
}

/**
 * An unpublished article whose slug was generated from its title follows a new title; one whose
 * slug an editor chose keeps it.
 */
function followsTitle(current: CurrentVersion, data: Record<string, any>): boolean {
  if (typeof data.title !== 'string' || data.title === current.title || !current.title || !current.slug) return false;
  const generated = slugOf(current.title);
  return current.slug === generated || new RegExp(`^${generated}-\\d+$`).test(current.slug);
}

async function slugsInUse(strapi: Core.Strapi, base: string, locale: string, documentId?: string) {
  const rows = await strapi.db.query(ARTICLE).findMany({
    where: { locale, slug: { $startsWith: base }, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
    select: ['slug'],
  });
  return new Set<string>(rows.map((row: any) => row.slug));
}

async function isTakenElsewhere(strapi: Core.Strapi, slug: string, locale: string, documentId?: string) {
  return (await slugsInUse(strapi, slug, locale, documentId)).has(slug);
}

async function freeSlug(strapi: Core.Strapi, base: string, locale: string, documentId?: string) {
  return firstFreeSlug(base, await slugsInUse(strapi, base, locale, documentId));
}
