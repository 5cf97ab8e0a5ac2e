import { pluginTranslations } from '../../../../../admin-shared/translations';
import { PLUGIN_ID } from '../../../shared/constants';

export const { getTranslation, registerTrads } = pluginTranslations(PLUGIN_ID);
