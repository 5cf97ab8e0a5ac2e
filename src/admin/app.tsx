import type { StrapiApp } from '@strapi/strapi/admin';
import { describeFields, enumerationCells } from './content-texts/layout-hooks';
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
  },
  register(app: StrapiApp) {
    followInterfaceDirection();
    registerHomePage(app);
  },
  bootstrap(app: StrapiApp) {
    app.registerHook('Admin/CM/pages/EditView/mutate-edit-view-layout', describeFields);
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', enumerationCells);
    registerMapPreview(app);
    registerRowTitles(app);
  },
};
