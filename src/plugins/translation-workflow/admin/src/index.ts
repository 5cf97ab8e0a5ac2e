import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import type { StrapiApp } from '@strapi/strapi/admin';
import { Earth } from '@strapi/icons';
import { PLUGIN_ID, READ_ACTION } from '../../shared/constants';
import { SourceTextPanel } from './components/desk/SourceTextPanel';
import { TranslationStatusPanel } from './components/panel/TranslationStatusPanel';
import { FieldDirection } from './rtl/useFieldDirection';
import { getTranslation, registerTrads } from './utils/getTranslation';

type ContentManagerApis = Partial<ContentManagerPlugin['config']['apis']>;

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Translation workflow' });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Earth,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Translations' },
      permissions: [{ action: READ_ACTION.action, subject: null }],
      Component: () => import('./pages/QueuePage'),
    });
    // Home-page widgets are a recent Strapi 5 API: feature-detected, so that the plugin still
    // installs in a Strapi without them (the queue and panels work the same).
    const widgets = (app as Partial<Pick<StrapiApp, 'widgets'>>).widgets;
    if (typeof widgets?.register === 'function') {
      widgets.register({
        id: 'translations-waiting',
        pluginId: PLUGIN_ID,
        icon: Earth,
        title: { id: getTranslation('widget.title'), defaultMessage: 'Translations waiting' },
        link: { label: { id: getTranslation('widget.link'), defaultMessage: 'Open the Translations page' }, href: `/plugins/${PLUGIN_ID}` },
        component: () => import('./components/widgets/TranslationsWidget').then((module) => module.TranslationsWidget),
        permissions: [{ action: READ_ACTION.action }],
      });
    }
  },

  bootstrap(app: Pick<StrapiApp, 'getPlugin'>) {
    // Feature-detected, as side panels are the Content Manager's API since Strapi 5: without it the
    // queue still works, only the panels and right-to-left editing are missing.
    const contentManager = app.getPlugin('content-manager')?.apis as ContentManagerApis | undefined;
    if (typeof contentManager?.addEditViewSidePanel === 'function') {
      contentManager.addEditViewSidePanel([TranslationStatusPanel, FieldDirection]);
      // The desk is the translator's work beside the form: first after the entry's actions, as
      // Strapi places its preview, rather than below panels that can run long (a history).
      contentManager.addEditViewSidePanel((panels) => {
        const actions = panels.findIndex((panel) => 'type' in panel && panel.type === 'actions');
        return [...panels.slice(0, actions + 1), SourceTextPanel, ...panels.slice(actions + 1)];
      });
    }
  },

  registerTrads: registerTrads((locale) => import(`./translations/${locale}.json`)),
};
