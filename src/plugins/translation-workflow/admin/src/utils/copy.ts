import { blocksToText } from '@syria-cms/bilingual-text';

/** Whether a source value has anything to copy: words in a text, or in rich text (blocks). */
export function hasText(value: unknown): boolean {
  if (Array.isArray(value)) return blocksToText(value).trim() !== '';
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * The value a copy puts into the form field: text as it is; rich text whole (paragraphs, lists,
 * marks, links) and as a fresh copy, so that editing the translation never changes the source shown
 * beside it. Null when there is nothing to copy.
 */
export function copyOf(value: unknown): unknown {
  if (!hasText(value)) return null;
  return Array.isArray(value) ? structuredClone(value) : value;
}
