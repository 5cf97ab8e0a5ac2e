import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { requestedLocale } from '../../../server-shared/locales';
import { getService } from '../../../services';
import { ARTICLE } from '../../../uids';

/** What an article page shows besides the article: its cover, places, sources (and its incidents and locales). */
const PAGE_POPULATE = {
  cover: { fields: ['url', 'alternativeText', 'width', 'height', 'formats'] },
  locations: { fields: ['name', 'level', 'pcode', 'latitude', 'longitude', 'coordinatesApproximate'] },
  sources: true,
};

/**
 * GET /api/articles/by-slug/:slug?locale=ar: everything a site needs to render an article page, in
 * one request, with the bytes the article list's find gives for the same article with `withLinks`
 * (tests/api/sites/article-page.test.ts compares them). The article API's own query and output
 * sanitizers apply (what the Public role may populate, confidential sources redacted); its find
 * is not run, since its count and its second read of the article's rows for the locales are
 * nothing a page needs.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async bySlug(ctx: any) {
    const articles = strapi.controller(ARTICLE as any) as any;
    // In place: assigning ctx.query would go through Koa's query-string setter, which flattens objects.
    Object.assign(ctx.query, { populate: PAGE_POPULATE });
    await articles.validateQuery(ctx);
    const locale = requestedLocale(strapi, ctx.query);
    const page = await getService('api::article.article-page').bySlug(ctx.params.slug, locale, await articles.sanitizeQuery(ctx));
    if (!page) throw new errors.NotFoundError(`No published article has the slug "${ctx.params.slug}" in this locale`);
    const { documentId } = page.article;
    // The links' statement runs while the article is sanitized (on PostgreSQL, in another connection).
    const [data, linked] = await Promise.all([
      articles.sanitizeOutput(page.article, ctx),
      strapi.plugin('incident-linker').service('publishedLinks').linkedTo('article', [documentId], locale),
    ]);
    return { data: { ...data, linkedIncidents: linked.get(documentId), availableLocales: page.availableLocales }, meta: {} };
  },
});
