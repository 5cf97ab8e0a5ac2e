import type { Entry, FieldChange } from './contracts';

/**
 * The field changes of an entry. A restore keeps them under `fields`, beside the entry it went
 * back to; a refusal's changes describe what was refused, not a change, so it has none.
 */
export function fieldChangesOf(entry: Pick<Entry, 'action' | 'changes'>): FieldChange[] {
  const { changes } = entry;
  if (Array.isArray(changes)) return changes;
  if (entry.action === 'restore' && Array.isArray(changes.fields)) return changes.fields as FieldChange[];
  return [];
}
