/** A searched table as its index needs it: the table's and its columns' names, and the index's. */
export interface SearchedTable {
  table: string;
  /** The stored words (`searchText`). */
  words: string;
  locale: string;
  publishedAt: string;
  /** The FTS5 table on SQLite, the words table on PostgreSQL; their triggers are named after it. */
  index: string;
}

/**
 * The rows a search reads: those of one locale, and of them only the published versions when
 * `published` (a type without drafts has only published rows). The index holds each row's scope
 * beside its words, so that counting a search's hits needs nothing but the index.
 */
export interface Scope {
  locale: string;
  published: boolean;
}
