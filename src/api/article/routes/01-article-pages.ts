/**
 * Read-only views of published articles for sites: a page by its slug, and the feeds. Public like
 * the content API's find; separate paths, so they never clash with /articles/:id.
 */
export default {
  routes: [
    // Not `auth: false`: the page is checked as the Public role, which may read the related places and sources.
    { method: 'GET', path: '/articles/by-slug/:slug', handler: 'api::article.article-page.bySlug' },
    { method: 'GET', path: '/articles.rss', handler: 'api::article.article-feed.rss', config: { auth: false } },
    { method: 'GET', path: '/articles.atom', handler: 'api::article.article-feed.atom', config: { auth: false } },
  ],
};
