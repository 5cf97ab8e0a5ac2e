/**
 * What the server and the admin panel of the incident linker agree on, declared once: the plugin's
 * id, its permission actions, and the roles a link can have (the link schema's enumeration too).
 */
export const PLUGIN_ID = 'incident-linker';

/** Admin permission actions, as registered (uid) and as checked (action). */
export const ACTIONS = {
  read: { uid: 'read', action: `plugin::${PLUGIN_ID}.read`, displayName: 'See linked incidents and articles' },
  manage: { uid: 'manage', action: `plugin::${PLUGIN_ID}.manage`, displayName: 'Link and unlink incidents' },
} as const;

/** How an article relates to an incident it links to. */
export const LINK_ROLES = ['primary-report', 'mentions', 'follow-up', 'analysis'] as const;
export type LinkRole = (typeof LINK_ROLES)[number];

/** The role of a link made without one: a suggestion accepted, say. */
export const DEFAULT_LINK_ROLE: LinkRole = 'mentions';
