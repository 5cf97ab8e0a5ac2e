import type { Entry } from '../../../shared/contracts';

/** Shared with the server, which reads an entry's fields for the latest changes. */
export { fieldChangesOf } from '../../../shared/changes';

/** The entry a restore went back to, if this is one. */
export const restoredFrom = (entry: Entry): number | null =>
  !Array.isArray(entry.changes) && typeof entry.changes.restoredFrom === 'number' ? entry.changes.restoredFrom : null;

/** A deletion has no version to go back to; every other change left one. */
export const canRestore = (entry: Entry) => entry.kind === 'change' && entry.action !== 'delete';
