import { ACTIONS } from '../../../shared/constants';

const can = (action: string) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: [action] } },
];
const read = { policies: can(ACTIONS.read.action) };
const manage = { policies: can(ACTIONS.manage.action) };

/** The admin panel's routes: reading needs the read permission, changing links the manage permission. */
export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/settings', handler: 'admin-links.settings', config: read },
    { method: 'GET', path: '/articles/:documentId/links', handler: 'admin-links.incidentsOfArticle', config: read },
    { method: 'GET', path: '/articles/:documentId/suggestions', handler: 'admin-links.suggestions', config: read },
    { method: 'GET', path: '/incidents/:documentId/links', handler: 'admin-links.articlesOfIncident', config: read },
    { method: 'GET', path: '/incidents/search', handler: 'admin-links.searchIncidents', config: read },
    { method: 'POST', path: '/links', handler: 'admin-links.create', config: manage },
    { method: 'PUT', path: '/links/:id', handler: 'admin-links.update', config: manage },
    { method: 'DELETE', path: '/links/:id', handler: 'admin-links.delete', config: manage },
  ],
};
