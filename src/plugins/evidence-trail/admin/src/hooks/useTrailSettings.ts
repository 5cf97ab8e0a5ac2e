import { usePluginSettings } from '@syria-cms/strapi-admin-helpers';
import { PLUGIN_ID } from '../../../shared/constants';
import type { TrailSettings } from '../../../shared/contracts';

/** Which content types have a history (the app's configuration); null until read. */
export const useTrailSettings = () => usePluginSettings<TrailSettings>(PLUGIN_ID);
