/**
 * What the server and the admin panel of the translation workflow agree on, declared once: the
 * plugin's id, its permission action, and the statuses a translation can have (the state schema's
 * enumeration too).
 */
export const PLUGIN_ID = 'translation-workflow';
export const READ_ACTION = { uid: 'read', action: `plugin::${PLUGIN_ID}.read`, displayName: 'See translation status and the queue' };
export const STATUSES = ['missing', 'draft', 'published', 'outdated'] as const;
export type Status = (typeof STATUSES)[number];
