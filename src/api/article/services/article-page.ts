import type { Core } from '@strapi/strapi';
import { columnOf, localesOf, queryOf, tableOf } from '@syria-cms/strapi-server-helpers';
import { ARTICLE } from '../../../uids';

/**
 * An article page's reads: the published article with a slug in a locale, with what the
 * content-API query populates, and the locales the article is published in. One statement reads
 * every published version of the document (a subquery finds it by the slug), so the locales come
 * with the article instead of from a second read of the same rows; Strapi then populates the
 * relations of all of them at once, one statement per relation.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** `query` is the sanitized content-API query (its populate and fields); null when no published article has the slug in the locale. */
  async bySlug(slug: string, locale: string, query: Record<string, unknown>) {
    const column = (attribute: string) => columnOf(strapi, ARTICLE, attribute);
    const document = strapi.db
      .connection(tableOf(strapi, ARTICLE))
      .select(column('documentId'))
      .where({ [column('locale')]: locale, [column('slug')]: slug })
      .whereNotNull(column('publishedAt'));
    const { populate, select } = strapi.get('query-params').transform(ARTICLE, query);
    const versions: any[] = await queryOf(strapi, ARTICLE).findMany({
      where: { documentId: { $in: document }, publishedAt: { $notNull: true } },
      select,
      populate,
    });
    const article = versions.find((version) => version.locale === locale);
    return article ? { article: inPopulateOrder(article, populate), availableLocales: localesOf(versions, article.documentId) } : null;
  },
});

/**
 * Strapi populates relations in parallel and sets each on the entity as its statement returns: on
 * PostgreSQL their order in the JSON (and so the ETag) changed from one request to the next. The
 * page sets them in the order of its populate, which is also the order SQLite always gives.
 */
function inPopulateOrder(entity: Record<string, unknown>, populate: unknown) {
  const populated = Object.keys(populate ?? {}).filter((key) => key in entity);
  const scalars = Object.entries(entity).filter(([key]) => !populated.includes(key));
  return Object.fromEntries([...scalars, ...populated.map((key) => [key, entity[key]])]);
}
