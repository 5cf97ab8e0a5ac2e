/** What the server and the admin panel of the evidence trail agree on, declared once. */
export const PLUGIN_ID = 'evidence-trail';

/** Admin permission actions: reading histories (of the types one may read), and the audit of refused writes. */
export const ACTIONS = {
  read: { uid: 'read', action: `plugin::${PLUGIN_ID}.read`, displayName: 'See the change history of entries' },
  audit: { uid: 'audit', action: `plugin::${PLUGIN_ID}.audit`, displayName: 'See refused writes' },
} as const;

/** What an entry records: a change to a document (or a link), or a write the rules refused. */
export const ENTRY_KINDS = ['change', 'refusal'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
