/**
 * What the server and the admin panel of the incident linker agree on, declared once: the plugin's
 * id and its permission actions. Which types are linked and which link roles exist are the app's
 * choice (the plugin's config), which the panel reads from the settings route.
 */
export const PLUGIN_ID = 'incident-linker';

/** Admin permission actions, as registered (uid) and as checked (action). */
export const ACTIONS = {
  read: { uid: 'read', action: `plugin::${PLUGIN_ID}.read`, displayName: 'See linked incidents and articles' },
  manage: { uid: 'manage', action: `plugin::${PLUGIN_ID}.manage`, displayName: 'Link and unlink incidents' },
} as const;
