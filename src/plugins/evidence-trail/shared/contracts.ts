import type { EntryKind } from './constants';

/**
 * The shapes the admin routes answer with (server/src/controllers/history.ts), shared by the
 * server that builds them and the panels that read them.
 */

/** A related document as the trail keeps it: its documentId and, for people, a label. */
export interface RelatedValue {
  documentId: string;
  label: string | null;
}

/** A file as the trail keeps it: what identifies its content. */
export interface FileValue {
  name: string;
  sha256: string | null;
}

/** One field of one version (a locale's draft or published row) before and after a change. */
export interface FieldChange {
  locale: string | null;
  version: 'draft' | 'published';
  field: string;
  before: unknown;
  after: unknown;
}

/** Who made a change: an admin, an API token, or the server's own code. */
export type ActorDescription = { kind: 'admin'; id: number; email: string; roles: string[] } | { kind: 'api-token'; id: number; type: string } | { kind: string };

export interface Entry {
  seq: number;
  at: string;
  kind: EntryKind;
  actor: ActorDescription;
  route: string | null;
  action: string;
  uid: string;
  documentId: string | null;
  locale: string | null;
  changes: FieldChange[] | Record<string, unknown>;
  prevHash: string;
  documentPrevHash: string | null;
  hash: string;
}

export interface Page<T> {
  data: T[];
  meta: { pagination: { page: number; pageSize: number; total: number; pageCount: number } };
}

/** A document's history as exported for evidence: `history:verify --file` checks it offline. */
export interface HistoryExport {
  format: 'syria-cms.evidence-trail/1';
  uid: string;
  documentId: string;
  exportedAt: string;
  entries: Entry[];
}

/**
 * One of the latest changes across documents (`GET /latest`): what changed and who did it, never
 * the values. `title` is the document's main field as it is now (as it was, for a deleted one),
 * null when the reader may not read it.
 */
export interface LatestChange {
  seq: number;
  at: string;
  action: string;
  actor: ActorDescription;
  uid: string;
  typeName: string;
  documentId: string;
  locale: string | null;
  title: string | null;
}

/** What the panels need of the plugin's config (the settings route). */
export interface TrailSettings {
  types: string[];
}
