import type { StrapiApp } from '@strapi/strapi/admin';
import { ClockCounterClockwise, Lock } from '@strapi/icons';
import { addEditViewSidePanels, registerHomeWidget } from '@syria-cms/strapi-admin-helpers';
import { ACTIONS, PLUGIN_ID } from '../../shared/constants';
import { HistoryPanel } from './components/panel/HistoryPanel';
import { getTranslation, registerTrads } from './utils/getTranslation';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Evidence trail' });
    // The audit of refused writes, for those given it (super admins).
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Lock,
      intlLabel: { id: getTranslation('audit.title'), defaultMessage: 'Refused writes' },
      permissions: [{ action: ACTIONS.audit.action, subject: null }],
      Component: () => import('./pages/AuditPage'),
    });
    registerHomeWidget(app, {
      id: 'latest-changes',
      pluginId: PLUGIN_ID,
      icon: ClockCounterClockwise,
      title: { id: getTranslation('widget.latest.title'), defaultMessage: 'Latest changes' },
      component: () => import('./components/widgets/LatestChangesWidget').then((module) => module.LatestChangesWidget),
      // The route answers only with what the reader may read; without the permission, no widget.
      permissions: [{ action: ACTIONS.read.action }],
    });
  },

  bootstrap(app: Pick<StrapiApp, 'getPlugin'>) {
    // Without side panels the trail is still kept and the audit page works; only History is missing.
    addEditViewSidePanels(app, [HistoryPanel]);
  },

  registerTrads: registerTrads((locale) => import(`./translations/${locale}.json`)),
};
