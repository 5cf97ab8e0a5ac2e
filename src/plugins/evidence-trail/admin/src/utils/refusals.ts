import type { Entry } from '../../../shared/contracts';

/** What a refusal keeps of the write it refused (server/src/services/recorder.ts). */
export interface RefusedWrite {
  documentId: string | null;
  locales: string[];
  fields: string[];
  reason: string;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** Read defensively: a refusal entry is evidence, shown as kept even when a part is missing. */
export function refusedWriteOf(entry: Entry): RefusedWrite {
  const changes = Array.isArray(entry.changes) ? {} : entry.changes;
  return {
    documentId: typeof changes.documentId === 'string' ? changes.documentId : null,
    locales: strings(changes.locales),
    fields: strings(changes.fields),
    reason: typeof changes.reason === 'string' ? changes.reason : '',
  };
}
