import type { StrapiApp } from '@strapi/strapi/admin';
import { describeFields, enumerationCells } from './content-texts/layout-hooks';
import { registerDataExchangePage } from './data-exchange';
import { followInterfaceDirection } from './direction';
import { registerHomePage } from './home';
import { registerMapPreview } from './map-preview';
import { registerRowTitles } from './row-titles';
import { translations } from './translations';

export default {
  config: {
    // The interface language a person picks at login; English is always offered.
    locales: ['ar'],
    translations,
    // Strapi asks api.github.com for its latest release on every admin load: nothing here reaches
    // out to the network at run time, and upgrades are the maintainers' decision, not a banner's.
    notifications: { releases: false },
  },
  register(app: StrapiApp) {
    followInterfaceDirection();
    registerHomePage(app);
    registerDataExchangePage(app);
  },
  bootstrap(app: StrapiApp) {
    app.registerHook('Admin/CM/pages/EditView/mutate-edit-view-layout', describeFields);
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', enumerationCells);
    registerMapPreview(app);
    registerRowTitles(app);
  },
};
