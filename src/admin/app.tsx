import type { StrapiApp } from '@strapi/strapi/admin';
import { registerMapPreview } from './map-preview';
import { translations } from './translations';

export default {
  config: {
    // The interface language a person picks at login; English is always offered.
    locales: ['ar'],
    translations,
  },
  register(_app: StrapiApp) {},
  bootstrap(app: StrapiApp) {
    registerMapPreview(app);
  },
};
