import { ACTIONS } from '../../../shared/constants';

const can = (action: string) => ({ policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }] });

/** Admin only: histories for those who may read them (and the entries), refusals for auditors (super admins). */
export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/settings', handler: 'history.settings', config: can(ACTIONS.read.action) },
      { method: 'GET', path: '/latest', handler: 'history.latest', config: can(ACTIONS.read.action) },
      { method: 'GET', path: '/history/:uid/:documentId', handler: 'history.history', config: can(ACTIONS.read.action) },
      { method: 'GET', path: '/history/:uid/:documentId/export', handler: 'history.export', config: can(ACTIONS.read.action) },
      { method: 'POST', path: '/history/:uid/:documentId/:seq/restore', handler: 'history.restore', config: can(ACTIONS.read.action) },
      { method: 'GET', path: '/refusals', handler: 'history.refusals', config: can(ACTIONS.audit.action) },
    ],
  },
};
