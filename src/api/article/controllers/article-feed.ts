import type { Core } from '@strapi/strapi';
import { ParameterReader } from '../../../lib/public-query';
import { requestedLocale } from '../../../server-shared/locales';
import { modelOf, throwIfProblems } from '@syria-cms/strapi-server-helpers';
import { ARTICLE } from '../../../uids';
import type { FeedFormat } from '../services/article-feed';
import { getService } from '../../../services';

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

/** GET /api/articles.rss and /api/articles.atom, per locale, optionally one section. */
const feedOf = (strapi: Core.Strapi, format: FeedFormat) => async (ctx: any) => {
  const reader = new ParameterReader(ctx.query);
  const sections: string[] = (modelOf(strapi, ARTICLE).attributes as any).section.enum;
  const section = reader.oneOf('section', sections);
  throwIfProblems(reader.problems);
  ctx.type = CONTENT_TYPES[format];
  ctx.body = await getService('api::article.article-feed')
    // The server's configured address, not the request's Host header: a cached feed must not carry a spoofed host.
    .feed(format, { locale: requestedLocale(strapi, ctx.query), section, selfUrl: new URL(ctx.url, strapi.config.get('server.absoluteUrl') as string).href });
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({ rss: feedOf(strapi, 'rss'), atom: feedOf(strapi, 'atom') });
