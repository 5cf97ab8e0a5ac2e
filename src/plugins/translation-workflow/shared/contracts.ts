import type { Status } from './constants';

/**
 * The shapes the admin routes answer with (server/src/controllers/admin.ts, services/queue.ts),
 * shared by the server that builds them and the panels that read them.
 */
export type { Status };

/** One locale's status of a document: what the server computes (server/src/status.ts). */
export interface LocaleStatus {
  locale: string;
  status: Status;
  sourceLocale: string | null;
  changedFields: { field: string; before: unknown; after: unknown }[];
}

/** What the panels need of the plugin's config (the settings route). */
export interface WorkflowSettings {
  locales: string[];
  types: { uid: string; displayName: string }[];
}

export type SortOrder = 'oldest' | 'newest';

/** What the queue lists: one document in the target locale. `title` is null while the translation is missing. */
export interface QueueRow {
  uid: string;
  typeName: string;
  documentId: string;
  locale: string;
  status: Status;
  title: string | null;
  sourceLocale: string | null;
  sourceTitle: string | null;
  changedFields: string[];
  updatedAt: string | null;
}

export interface QueuePage {
  data: QueueRow[];
  meta: {
    /** For the locale and type asked for, whatever the status filter. */
    counts: Record<Status, number>;
    pagination: { page: number; pageSize: number; pageCount: number; total: number };
  };
}

/** A type, not an interface, so it passes as a record of query params. */
export type QueueParams = {
  locale: string;
  type: string;
  status: Status | '';
  q: string;
  sort: SortOrder;
  page: number;
  pageSize: number;
};

/** One locale of a document; for an outdated one, what changed in its source since it was translated. */
export interface LocaleStatusRow extends LocaleStatus {
  updatedAt: string | null;
}

export type ChangedField = LocaleStatus['changedFields'][number];

/** One text field of the source of a translation, as the translator's desk shows it. */
export interface SourceField {
  field: string;
  /** The source's text now: a string, or rich text as the blocks editor stores it. */
  value: unknown;
  /** For an outdated translation, this field's text when the translation was last brought up to date, and now. */
  change: ChangedField | null;
}

/** What a translation in `locale` is translated from: the source's localized text fields, in the schema's order. */
export interface SourceText {
  locale: string;
  status: Status;
  sourceLocale: string;
  fields: SourceField[];
}
