import { READ_ACTION } from '../../../shared/constants';

const read = {
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [READ_ACTION.action] } }],
};

/** Admin only: the queue and statuses are editorial information, never public. */
export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/settings', handler: 'admin.settings', config: read },
      { method: 'GET', path: '/queue', handler: 'admin.queue', config: read },
      { method: 'GET', path: '/status/:uid/:documentId', handler: 'admin.status', config: read },
      { method: 'GET', path: '/source/:uid/:documentId/:locale', handler: 'admin.sourceText', config: read },
      { method: 'POST', path: '/status/:uid/:documentId/:locale/still-correct', handler: 'admin.stillCorrect', config: read },
    ],
  },
};
