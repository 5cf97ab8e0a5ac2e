export const PLUGIN_ID = 'incident-linker';
export const LINK = 'plugin::incident-linker.link';

/** Admin permission actions, as registered (uid) and as checked (action). */
export const ACTIONS = {
  read: { uid: 'read', action: `plugin::${PLUGIN_ID}.read`, displayName: 'See linked incidents and articles' },
  manage: { uid: 'manage', action: `plugin::${PLUGIN_ID}.manage`, displayName: 'Link and unlink incidents' },
} as const;

export const ROLES = ['primary-report', 'mentions', 'follow-up', 'analysis'] as const;
export type LinkRole = (typeof ROLES)[number];
