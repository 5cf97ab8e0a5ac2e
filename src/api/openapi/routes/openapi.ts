export default {
  routes: [{ method: 'GET', path: '/openapi.json', handler: 'api::openapi.openapi.document', config: { auth: false } }],
};
