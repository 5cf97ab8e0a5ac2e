import { usePluginSettings } from '@syria-cms/strapi-admin-helpers';
import { PLUGIN_ID } from '../../../shared/constants';
import type { WorkflowSettings } from '../../../shared/contracts';

/** The app's choices the panels follow (the locales, the translated types); null until read. */
export const useWorkflowSettings = () => usePluginSettings<WorkflowSettings>(PLUGIN_ID);
