import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import type { StrapiApp } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../../shared/constants';
import { ArticleLinksPanel } from './components/ArticleLinksPanel';
import { IncidentArticlesPanel } from './components/IncidentArticlesPanel';
import { registerTrads } from './utils/getTranslation';

type ContentManagerApis = Partial<ContentManagerPlugin['config']['apis']>;

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Incident linker' });
  },

  bootstrap(app: Pick<StrapiApp, 'getPlugin'>) {
    // Feature-detected: side panels are the Content Manager's API since Strapi 5; without it the
    // plugin still serves its API, only the panels are missing.
    const contentManager = app.getPlugin('content-manager')?.apis as ContentManagerApis | undefined;
    if (typeof contentManager?.addEditViewSidePanel === 'function') {
      contentManager.addEditViewSidePanel([ArticleLinksPanel, IncidentArticlesPanel]);
    }
  },

  registerTrads: registerTrads((locale) => import(`./translations/${locale}.json`)),
};
