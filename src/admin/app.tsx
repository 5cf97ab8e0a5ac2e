import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // The interface language a person picks at login; English is always offered.
    locales: ['ar'],
  },
  bootstrap(_app: StrapiApp) {},
};
