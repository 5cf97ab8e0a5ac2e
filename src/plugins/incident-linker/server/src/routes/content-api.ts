/**
 * Public and read-only: published content only, so no token or role is needed (like the public
 * role's read access to articles and incidents).
 */
export default {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/articles/:documentId/incidents', handler: 'content-api-links.incidentsOfArticle', config: { auth: false } },
    { method: 'GET', path: '/incidents/:documentId/articles', handler: 'content-api-links.articlesOfIncident', config: { auth: false } },
  ],
};
