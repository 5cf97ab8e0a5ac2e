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
