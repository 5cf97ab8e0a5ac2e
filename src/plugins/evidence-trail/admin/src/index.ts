import type { StrapiApp } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../../shared/constants';
import { registerTrads } from './utils/getTranslation';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Evidence trail' });
  },

  registerTrads: registerTrads((locale) => import(`./translations/${locale}.json`)),
};
