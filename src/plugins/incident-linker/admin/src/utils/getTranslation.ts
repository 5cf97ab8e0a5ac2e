import { pluginTranslations } from '../../../../../admin-shared/translations';
import { PLUGIN_ID } from '../../../server/src/constants';

export const { getTranslation, registerTrads } = pluginTranslations(PLUGIN_ID);
