import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import type { StrapiApp } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../../server/src/constants';
import { ArticleLinksPanel } from './components/ArticleLinksPanel';
import { IncidentArticlesPanel } from './components/IncidentArticlesPanel';
import { prefixTranslations } from './utils/getTranslation';

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

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: messages } = await import(`./translations/${locale}.json`);
          return { locale, data: prefixTranslations(messages) };
        } catch {
          // An interface language the plugin has no file for shows the English defaults of the code.
          return { locale, data: {} };
        }
      })
    );
  },
};
