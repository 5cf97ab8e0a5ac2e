export const PLUGIN_ID = 'translation-workflow';
export const STATE = 'plugin::translation-workflow.state';
export const READ_ACTION = { uid: 'read', action: `plugin::${PLUGIN_ID}.read`, displayName: 'See translation status and the queue' };
export const STATUSES = ['missing', 'draft', 'published', 'outdated'] as const;
export type Status = (typeof STATUSES)[number];
