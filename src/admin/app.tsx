import type { StrapiApp } from '@strapi/strapi/admin';
import { translations } from './translations';

export default {
  config: {
    // The interface language a person picks at login; English is always offered.
    locales: ['ar'],
    translations,
  },
  register(_app: StrapiApp) {},
  bootstrap(_app: StrapiApp) {},
};
