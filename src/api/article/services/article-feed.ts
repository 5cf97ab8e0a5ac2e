import type { Core } from '@strapi/strapi';
import { Feed } from 'feed';
import { blocksToHtml, isRightToLeft } from '@syria-cms/bilingual-text';
import { ARTICLE } from '../../../uids';

export const FEED_FORMATS = ['rss', 'atom'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

interface FeedSettings {
  size: number;
  title: Record<string, string>;
  description: Record<string, string>;
}

/**
 * The newest published articles of one locale as RSS 2.0 or Atom 1.0, written by the `feed`
 * library. Items link to the article's page on the public site. An Arabic feed declares its
 * language, and its HTML content is marked right-to-left so readers lay it out correctly.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async feed(format: FeedFormat, { locale, section, selfUrl }: { locale: string; section?: string; selfUrl: string }): Promise<string> {
    const settings = strapi.config.get('public-api.feeds') as FeedSettings;
    const site = strapi.config.get('public-api.site') as { url: string; articlePath: string };
    const articles: any[] = await strapi.documents(ARTICLE).findMany({
      locale,
      status: 'published',
      // The controller has checked `section` against the schema's values; the generated types want that literal union.
      filters: (section ? { section: { $eq: section } } : {}) as any,
      sort: [{ dateline: 'desc' }, { id: 'desc' }] as any,
      limit: settings.size,
      fields: ['title', 'slug', 'summary', 'body', 'dateline', 'section', 'updatedAt'] as any,
    });
    const direction = isRightToLeft(locale) ? ' dir="rtl"' : '';
    const pageOf = (article: any) =>
      new URL(site.articlePath.replace('{locale}', encodeURIComponent(locale)).replace('{slug}', encodeURIComponent(article.slug)), site.url).href;

    const feed = new Feed({
      id: new URL(`/${locale}/`, site.url).href,
      link: new URL(`/${locale}/`, site.url).href,
      title: settings.title[locale] ?? settings.title.en,
      description: settings.description[locale] ?? settings.description.en,
      language: locale,
      copyright: '',
      updated: articles.length > 0 ? new Date(Math.max(...articles.map((article) => Date.parse(article.updatedAt)))) : new Date(0),
      feedLinks: { [format]: selfUrl },
    });
    for (const article of articles) {
      feed.addItem({
        id: pageOf(article),
        link: pageOf(article),
        title: article.title,
        description: article.summary ?? undefined,
        content: `<div lang="${locale}"${direction}>${blocksToHtml(article.body)}</div>`,
        date: new Date(article.dateline),
        category: [{ name: article.section }],
      });
    }
    if (format === 'rss') return feed.rss2();
    // The library writes no xml:lang on the Atom root; it is how Atom states a feed's language.
    return feed.atom1().replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`);
  },
});
