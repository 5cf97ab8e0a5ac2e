import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import type { StrapiApp } from '@strapi/strapi/admin';
import { ClockCounterClockwise, Lock } from '@strapi/icons';
import { ACTIONS, PLUGIN_ID } from '../../shared/constants';
import { HistoryPanel } from './components/panel/HistoryPanel';
import { getTranslation, registerTrads } from './utils/getTranslation';

type ContentManagerApis = Partial<ContentManagerPlugin['config']['apis']>;

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
    // Home-page widgets are a recent Strapi 5 API: feature-detected, so that the plugin still
    // installs in a Strapi without them (the trail and its panels work the same).
    const widgets = (app as Partial<Pick<StrapiApp, 'widgets'>>).widgets;
    if (typeof widgets?.register === 'function') {
      widgets.register({
        id: 'latest-changes',
        pluginId: PLUGIN_ID,
        icon: ClockCounterClockwise,
        title: { id: getTranslation('widget.latest.title'), defaultMessage: 'Latest changes' },
        component: () => import('./components/widgets/LatestChangesWidget').then((module) => module.LatestChangesWidget),
        // The route answers only with what the reader may read; without the permission, no widget.
        permissions: [{ action: ACTIONS.read.action }],
      });
    }
  },

  bootstrap(app: Pick<StrapiApp, 'getPlugin'>) {
    // Feature-detected: side panels are the Content Manager's API since Strapi 5; without it the
    // trail is still kept and the audit page still works, only the History panel is missing.
    const contentManager = app.getPlugin('content-manager')?.apis as ContentManagerApis | undefined;
    if (typeof contentManager?.addEditViewSidePanel === 'function') {
      contentManager.addEditViewSidePanel([HistoryPanel]);
    }
  },

  registerTrads: registerTrads((locale) => import(`./translations/${locale}.json`)),
};
