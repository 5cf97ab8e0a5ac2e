import { arabicReadings, blocksToText, foldedWords } from '@syria-cms/bilingual-text';

/**
 * The folded words a document is found by, stored with it in one column that the full-text index
 * of each database reads (src/search-index). Each word is kept with its Arabic readings
 * ("بالفوسفور" also as "فوسفور"), between spaces: a query word must start one of them.
 */
export const SEARCH_SOURCES: Record<string, string[]> = {
  'api::article.article': ['title', 'summary', 'body'],
  'api::incident.incident': ['title', 'description'],
  'api::location.location': ['name', 'aliases'],
};

export function searchTextOf(fields: Record<string, unknown>, sources: string[]): string {
  const words = new Set<string>();
  for (const source of sources) {
    const value = fields[source];
    const text = Array.isArray(value) ? blocksToText(value) : typeof value === 'string' ? value : '';
    for (const word of foldedWords(text)) arabicReadings(word).forEach((reading) => words.add(reading));
  }
  return words.size > 0 ? ` ${[...words].join(' ')} ` : '';
}

/** The alternatives each query word may be found as: itself, or an Arabic reading without its prefixes. */
export const queryWords = (query: string): string[][] => foldedWords(query).map((word) => arabicReadings(word));
