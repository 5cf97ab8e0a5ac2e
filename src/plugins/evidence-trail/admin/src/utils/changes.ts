import type { Entry, FieldChange } from '../../../shared/contracts';

/**
 * The field changes of an entry. A restore keeps them under `fields`, beside the entry it went
 * back to; a refusal's changes describe what was refused, not a change, so it has none.
 */
export function fieldChangesOf(entry: Entry): FieldChange[] {
  const { changes } = entry;
  if (Array.isArray(changes)) return changes;
  if (entry.action === 'restore' && Array.isArray(changes.fields)) return changes.fields as FieldChange[];
  return [];
}

/** The entry a restore went back to, if this is one. */
export const restoredFrom = (entry: Entry): number | null =>
  !Array.isArray(entry.changes) && typeof entry.changes.restoredFrom === 'number' ? entry.changes.restoredFrom : null;

/** A deletion has no version to go back to; every other change left one. */
export const canRestore = (entry: Entry) => entry.kind === 'change' && entry.action !== 'delete';
