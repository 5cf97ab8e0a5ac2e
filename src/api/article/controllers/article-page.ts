import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ARTICLE } from '../../../uids';

/** What an article page shows besides the article: its cover, places, sources and incidents. */
const PAGE_POPULATE = {
  cover: { fields: ['url', 'alternativeText', 'width', 'height', 'formats'] },
  locations: { fields: ['name', 'level', 'pcode', 'latitude', 'longitude', 'coordinatesApproximate'] },
  sources: true,
};

/**
 * GET /api/articles/by-slug/:slug?locale=ar: everything a site needs to render an article page, in
 * one request. It runs the article list's own find, so the same rules apply (published only,
 * confidential sources redacted) and the plugins add what they add to it: the linked incidents
 * (incident-linker) and the locales the article exists in (translation-workflow).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async bySlug(ctx: any) {
    // In place: assigning ctx.query would go through Koa's query-string setter, which flattens objects.
    Object.assign(ctx.query, {
      filters: { slug: { $eq: ctx.params.slug } },
      populate: PAGE_POPULATE,
      withLinks: 'true',
      pagination: { page: '1', pageSize: '1' },
    });
    const response = (await (strapi.controller(ARTICLE as any) as any).find(ctx)) as { data?: any[] } | undefined;
    const [article] = response?.data ?? [];
    if (!article) throw new errors.NotFoundError(`No published article has the slug "${ctx.params.slug}" in this locale`);
    return { data: article, meta: {} };
  },
});
