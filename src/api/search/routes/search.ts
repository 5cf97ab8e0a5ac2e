/** Public like the content API's find: published articles and incidents, and places. */
export default {
  routes: [{ method: 'GET', path: '/search', handler: 'api::search.search.search', config: { auth: false } }],
};
