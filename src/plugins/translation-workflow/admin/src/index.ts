import type { StrapiApp } from '@strapi/strapi/admin';
import { Earth } from '@strapi/icons';
import { addEditViewSidePanels, registerHomeWidget } from '@syria-cms/strapi-admin-helpers';
import { PLUGIN_ID, READ_ACTION } from '../../shared/constants';
import { SourceTextPanel } from './components/desk/SourceTextPanel';
import { TranslationStatusPanel } from './components/panel/TranslationStatusPanel';
import { FieldDirection } from './rtl/useFieldDirection';
import { getTranslation, registerTrads } from './utils/getTranslation';

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
    registerHomeWidget(app, {
      id: 'translations-waiting',
      pluginId: PLUGIN_ID,
      icon: Earth,
      title: { id: getTranslation('widget.title'), defaultMessage: 'Translations waiting' },
      link: { label: { id: getTranslation('widget.link'), defaultMessage: 'Open the Translations page' }, href: `/plugins/${PLUGIN_ID}` },
      component: () => import('./components/widgets/TranslationsWidget').then((module) => module.TranslationsWidget),
      permissions: [{ action: READ_ACTION.action }],
    });
  },

  bootstrap(app: Pick<StrapiApp, 'getPlugin'>) {
    // Without side panels the queue still works; only the panels and right-to-left editing are missing.
    addEditViewSidePanels(app, [TranslationStatusPanel, FieldDirection]);
    // The desk is the translator's work beside the form.
    addEditViewSidePanels(app, [SourceTextPanel], { afterActions: true });
  },

  registerTrads: registerTrads((locale) => import(`./translations/${locale}.json`)),
};
