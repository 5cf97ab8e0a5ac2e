import { blocksToParagraphs } from '@syria-cms/bilingual-text';

/**
 * A recorded value as lines of text a person can compare. The trail keeps a relation as
 * `{ documentId, label }`, a file as `{ id, name, sha256 }` and a component as its fields;
 * rich text (blocks) reads as its paragraphs. An empty value has no lines.
 */
export function valueLines(value: unknown): string[] {
  if (value === null || value === undefined || value === '') return [];
  if (Array.isArray(value)) return isBlocks(value) ? blocksToParagraphs(value) : value.flatMap(valueLines);
  if (typeof value !== 'object') return String(value).split('\n');
  const object = value as Record<string, unknown>;
  if (isFile(object)) return [fileLine(object)];
  if (isRelated(object)) return [String(object.label ?? object.documentId)];
  return componentLines(object);
}

const isBlocks = (value: unknown[]) => value.length > 0 && value.every((item) => typeof item === 'object' && item !== null && 'children' in item && 'type' in item);
const isFile = (object: Record<string, unknown>) => typeof object.name === 'string' && 'sha256' in object;
const isRelated = (object: Record<string, unknown>) => typeof object.documentId === 'string' && 'label' in object;

/** Enough of the SHA-256 to tell two files apart by eye; the export keeps the whole hash. */
const fileLine = (file: Record<string, unknown>) => (typeof file.sha256 === 'string' ? `${file.name} (${file.sha256.slice(0, 12)})` : String(file.name));

// A component's row id and its type name say nothing to a reader.
const HIDDEN_KEYS = new Set(['id', '__component']);

function componentLines(component: Record<string, unknown>): string[] {
  return Object.entries(component)
    .filter(([key]) => !HIDDEN_KEYS.has(key))
    .map(([key, value]) => `${key}: ${valueLines(value).join(', ') || '—'}`);
}
