import { pluginTranslations } from '@syria-cms/strapi-admin-helpers';
import { PLUGIN_ID } from '../../../shared/constants';

export const { getTranslation, registerTrads } = pluginTranslations(PLUGIN_ID);
