import type { StrapiApp } from '@strapi/strapi/admin';
import { addEditViewSidePanels } from '@syria-cms/strapi-admin-helpers';
import { PLUGIN_ID } from '../../shared/constants';
import { ArticleLinksPanel } from './components/ArticleLinksPanel';
import { IncidentArticlesPanel } from './components/IncidentArticlesPanel';
import { registerTrads } from './utils/getTranslation';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Incident linker' });
  },

  bootstrap(app: Pick<StrapiApp, 'getPlugin'>) {
    // Without side panels the plugin still serves its API; only the panels are missing.
    addEditViewSidePanels(app, [ArticleLinksPanel, IncidentArticlesPanel]);
  },

  registerTrads: registerTrads((locale) => import(`./translations/${locale}.json`)),
};
