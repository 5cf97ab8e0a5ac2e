import type { StrapiApp } from '@strapi/strapi/admin';
import { registerHomePage } from './home';
import { translations } from './translations';

export default {
  config: {
    // The interface language a person picks at login; English is always offered.
    locales: ['ar'],
    translations,
  },
  register(app: StrapiApp) {
    registerHomePage(app);
  },
  bootstrap(_app: StrapiApp) {},
};
