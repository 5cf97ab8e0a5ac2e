import type { Core } from '@strapi/strapi';
import { ensureIndex, fieldError, indexOn, isUniqueViolation, tableOf, validationError } from '@syria-cms/strapi-server-helpers';
import { ARTICLE } from '../uids';

/**
 * The database's guarantee that no two articles share a slug in one locale and version: a partial
 * unique index per version, since a draft and its published version share their slug. Strapi's
 * schemas cannot declare them; both SQLite and PostgreSQL take partial indexes.
 */
const VERSIONS = { draft: 'published_at IS NULL', published: 'published_at IS NOT NULL' } as const;

const slugIndexes = (strapi: Core.Strapi) =>
  Object.keys(VERSIONS).map((version) => indexOn(strapi, ARTICLE, `slug_${version}_unique`, ['locale', 'slug']));

/** Creates the indexes at start, or refuses to start, naming the slugs, where the data already breaks them. */
export async function ensureSlugIndexes(strapi: Core.Strapi) {
  const duplicates = await duplicateSlugs(strapi);
  if (duplicates.length > 0) {
    const listed = duplicates.map(({ locale, slug, version, n }) => `"${slug}" (${locale}, ${version}, ${n} articles)`).join(', ');
    throw new Error(`Article slugs must be unique per locale and version; rename these before starting: ${listed}`);
  }
  for (const [version, where] of Object.entries(VERSIONS)) {
    await ensureIndex(strapi, ARTICLE, `slug_${version}_unique`, ['locale', 'slug'], { unique: true, where });
  }
}

async function duplicateSlugs(strapi: Core.Strapi): Promise<{ locale: string; slug: string; version: string; n: number }[]> {
  const version = `CASE WHEN ${VERSIONS.draft} THEN 'draft' ELSE 'published' END`;
  const knex = strapi.db.connection;
  return knex(tableOf(strapi, ARTICLE))
    .select('locale', 'slug', knex.raw(`${version} AS version`))
    .count({ n: '*' })
    .whereNotNull('slug')
    .groupByRaw(`locale, slug, ${version}`)
    .havingRaw('COUNT(*) > 1')
    .orderBy(['locale', 'slug']) as any;
}

/**
 * Holds, until the transaction ends, the right to choose slugs in `locale`: writers that choose one
 * queue, so each one's read of the slugs in use sees the slug the previous one wrote. On
 * PostgreSQL, a transaction-scoped advisory lock. SQLite needs none: Strapi's pool holds its only
 * connection, so a transaction there already excludes every other query.
 *
 * Why a lock and not retrying on the index's refusal: a document middleware cannot run the rest of
 * the chain again (Strapi's `next` skips the inner middlewares when called twice), and with n
 * writers of one title each retry round lets only one through, n² writes in all.
 */
export async function lockSlugs(strapi: Core.Strapi, trx: { raw(sql: string, bindings: string[]): PromiseLike<unknown> }, locale: string) {
  if (strapi.db.dialect.client === 'postgres') {
    await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [`${tableOf(strapi, ARTICLE)}.slug:${locale}`]);
  }
}

export const slugTakenError = (slug: string | undefined, locale: string | undefined) =>
  validationError([fieldError('slug', `slug${slug ? ` "${slug}"` : ''} is already used by another article${locale ? ` in locale ${locale}` : ''}`)]);

/**
 * A write the indexes refuse is the client's mistake, a 400 naming the slug (`refusal`): publishing
 * a draft whose slug another article took meanwhile, or a write that went around the lock.
 */
export async function refusingSlugClashes<T>(strapi: Core.Strapi, write: () => Promise<T>, refusal: () => Error): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (slugIndexes(strapi).some((index) => isUniqueViolation(error, index))) throw refusal();
    throw error;
  }
}
