import type { Core } from '@strapi/strapi';
import { firstFreeSlug, slugOf } from '../lib/slug';
import type { StoredRow } from '@syria-cms/strapi-server-helpers';
import { ARTICLE } from '../uids';
import { lockSlugs, slugTakenError } from './slug-constraints';

export interface SlugParams {
  documentId?: string;
  data?: Record<string, any>;
}

/**
 * Fills an article's slug from its title where the Content Manager would (the Document Service does
 * not), keeps it unique within its locale, and never changes it by itself once the article has been
 * published in that locale: links to it are out in the world. Then runs `write`.
 *
 * A slug is chosen (generated or checked) and written in one transaction, holding the locale's slug
 * lock, so that simultaneous writers of one title get `-2`, `-3`, ... rather than one slug.
 * `stored` is the document's rows before the write.
 */
export async function withSlug<T>(strapi: Core.Strapi, params: SlugParams, locale: string, stored: StoredRow[], write: () => Promise<T>): Promise<T> {
  const data = (params.data ??= {});
  const { documentId } = params;
  const current = currentVersion(stored, locale);

  const requested = typeof data.slug === 'string' ? data.slug.trim() : data.slug;
  if (!requested && current?.slug && (current.published || (requested === undefined && !followsTitle(current, data)))) {
    // Published, or not asked to change: the stored slug stands.
    if (requested !== undefined) data.slug = current.slug;
    return write();
  }
  const title = data.title ?? current?.title;
  if (!requested && !(typeof title === 'string' && title.trim() !== '')) return write();

  return strapi.db.transaction(async ({ trx }) => {
    await lockSlugs(strapi, trx, locale);
    if (!requested) {
      const base = slugOf(title);
      data.slug = firstFreeSlug(base, await slugsInUse(strapi, base, locale, documentId));
    } else if ((await slugsInUse(strapi, requested, locale, documentId)).has(requested)) {
      throw slugTakenError(requested, locale);
    }
    return write();
  });
}

interface CurrentVersion {
  slug: string | null;
  title: string | null;
  published: boolean;
}

function currentVersion(stored: StoredRow[], locale: string): CurrentVersion | undefined {
  const rows = stored.filter((row) => row.locale === locale);
  const draft = rows.find((row) => row.publishedAt === null);
  if (!draft) return undefined;
  return { slug: draft.slug, title: draft.title, published: rows.some((row) => row.publishedAt !== null) };
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

/** Slugs starting with `base` in the locale, in any version of other articles. */
async function slugsInUse(strapi: Core.Strapi, base: string, locale: string, documentId?: string) {
  const rows = await strapi.db.query(ARTICLE).findMany({
    where: { locale, slug: { $startsWith: base }, ...(documentId ? { documentId: { $ne: documentId } } : {}) },
    select: ['slug'],
  });
  return new Set<string>(rows.map((row: any) => row.slug));
}
