import { RULE_CODES, type RuleParams } from '../../lib/rule-errors';

/**
 * What a mapping makes of a spreadsheet row, and what the import decides about it. Mappings only
 * translate cells into records; finding what a record is (new, an update, unchanged) and writing
 * it is the same for every mapping.
 */

/**
 * What a problem is, as a stable code: the admin page words each in the editor's language from
 * the code and its params. The page keeps its own copy of this list (src/admin/data-exchange/
 * contract.ts); tests/unit/data-exchange-problem-codes.test.ts fails when the two differ.
 */
export const PROBLEM_CODES = [
  // A cell that cannot be read (CellReader, and the mappings' own checks).
  'too-long',
  'not-a-whole-number',
  'below-zero',
  'too-large',
  'not-a-decimal',
  'out-of-range',
  'not-a-boolean',
  'not-a-time',
  'not-one-of',
  'unknown-certainty',
  // A name that names nothing, or more than one thing (ImportDirectory).
  'unknown-term',
  'several-terms',
  'unknown-place',
  'several-places',
  'unknown-source',
  // A record that cannot be written as it is (ImportPlanner).
  'duplicate',
  'required',
  'wrong-form',
  'taken',
  // The content rules (src/document-middlewares/content-rules.ts), dates included: each rule's error has its code.
  ...RULE_CODES,
  // The whole file.
  'missing-column',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** The numbers and names a problem's sentence uses, by name (`{ length: 120, max: 100 }`). */
export type ProblemParams = RuleParams;

/** Why a value is a problem: the code and its params, and the same in an English sentence. */
export interface Why {
  code: ProblemCode;
  params: ProblemParams;
  /** English, for the command line, logs and API clients; the admin page words it from the code. */
  reason: string;
}

export const why = (code: ProblemCode, reason: string, params: ProblemParams = {}): Why => ({ code, params, reason });

/** One problem with a row (or, with `row` null, with the whole file): where, which value, why. */
export interface Problem extends Why {
  row: number | null;
  column: string | null;
  value: string | null;
  /** For an unknown name: the closest names the database knows. */
  suggestions?: string[];
}

/**
 * A relation given by something a person can type, resolved against the database and the records
 * planned earlier in the same file.
 */
export type Reference =
  /** A vocabulary term by key, label or alias, in either language. */
  | { $ref: 'term'; uid: string; value: string; column: string }
  /** A place by p-code, document id or name; `within` names places it must lie in (ACLED's admin1-3). */
  | { $ref: 'place'; value: string; within?: string[]; column: string }
  /** A source by document id, URL or title. */
  | { $ref: 'source'; value: string; column: string };

export const isReference = (value: unknown): value is Reference =>
  typeof value === 'object' && value !== null && '$ref' in value;

/** A value of a shared field: plain, a reference, a list of them, or perpetrator rows. */
export type FieldValue = unknown;

/** How an existing record is recognised, tried in this order. */
export interface RecordKeys {
  documentId?: string;
  externalId?: string;
  pcode?: string;
  url?: string;
  title?: string;
  /** A place with no p-code: its name, under the same parent. */
  name?: string;
}

export interface ImportRecord {
  row: number;
  type: string;
  keys: RecordKeys;
  /** Shared fields by attribute path (`casualties.killedMin` inside a single component). */
  shared: Record<string, FieldValue>;
  /** Localized fields by locale. */
  localized: Record<string, Record<string, unknown>>;
  /** Fields set only when the record is created (a community's level: an existing place keeps its own). */
  onCreate?: Record<string, FieldValue>;
  /** The column each field came from, to name it in a problem. */
  columns: Record<string, string>;
  /** Publish after writing (`status: published`). */
  publish?: boolean;
  /**
   * The same record may be named on many rows (a governorate on each of its communities' rows, a
   * source on each event's): a later mention is the same record, not a duplicate.
   */
  repeatable?: boolean;
  /** A place renamed by the import keeps its former names as aliases, so that matching still finds it. */
  keepFormerNames?: boolean;
}

/** A stored document as the import compares it: shared fields by path, localized by locale. */
export interface StoredDocument {
  documentId: string;
  shared: Record<string, unknown>;
  localized: Record<string, Record<string, unknown>>;
  published: boolean;
}

export type Action = 'create' | 'update' | 'unchanged';

/** A record with its decision: what it is, what changes, its references resolved to document ids. */
export interface PlannedRecord {
  row: number;
  type: string;
  action: Action;
  documentId: string;
  label: string;
  /** Changed fields: shared by path, localized as `<field>` (default locale) or `<field>__<locale>`. */
  changes: string[];
  /** What to write: shared fields and localized ones by locale, only what changes. */
  shared: Record<string, unknown>;
  localized: Record<string, Record<string, unknown>>;
  publish: boolean;
  /** The stored single components, to rebuild one whole when only some of its fields change. */
  storedComponents: Record<string, Record<string, unknown> | null>;
}
