/**
 * The data-exchange admin API as the page reads it (`/admin/data-exchange/...`): a mapping reads a
 * file's columns into records of one or more content types; an import is previewed (a dry run)
 * before it is committed, all or nothing.
 */
export interface MappingColumn {
  name: string;
  required: boolean;
  description: string;
}

export interface Mapping {
  name: string;
  /** English; the page shows its own name per mapping and falls back to this one. */
  label: string;
  description: string;
  types: string[];
  columns: MappingColumn[];
}

export const ENCODINGS = ['auto', 'utf-8', 'windows-1256'] as const;
export const DELIMITERS = ['auto', ',', ';', '\t', '|'] as const;
export type Encoding = (typeof ENCODINGS)[number];
export type Delimiter = (typeof DELIMITERS)[number];
/** Each delimiter's name, for its message. */
export const DELIMITER_NAMES: Record<string, string> = { auto: 'auto', ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'bar' };

export type ImportState = 'previewed' | 'committing' | 'committed' | 'failed';
export type RecordAction = 'create' | 'update' | 'unchanged';

export interface ImportRecord {
  /** The spreadsheet row (the header is row 1). */
  row: number;
  type: string;
  action: RecordAction;
  label: string;
  /** Fields an update changes. */
  changes: string[];
  /** Set once committed. */
  documentId?: string;
}

/**
 * What a problem is, as the server names it (src/data-exchange/import/types.ts, which the admin
 * may not import): the page words each code in the interface language. Kept the same as the
 * server's list by tests/unit/data-exchange-problem-codes.test.ts.
 */
export const PROBLEM_CODES = [
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
  'unknown-term',
  'several-terms',
  'unknown-place',
  'several-places',
  'unknown-source',
  'duplicate',
  'required',
  'wrong-form',
  'taken',
  'not-a-date',
  'future-date',
  'not-a-count',
  'min-above-max',
  'parts-above-total',
  'not-a-pcode',
  'pcode-for-level',
  'coordinate-out-of-range',
  'coordinates-unpaired',
  'missing-column',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
export const isProblemCode = (code: unknown): code is ProblemCode => (PROBLEM_CODES as readonly unknown[]).includes(code);

/** The numbers and names a problem's sentence uses, by name. */
export type ProblemParams = Record<string, string | number | string[]>;

export interface ImportProblem {
  row: number | null;
  column: string | null;
  value: string | null;
  /**
   * What the problem is, and the values its sentence uses. A string: a server newer than the page
   * may send a code the page does not know (and an import stored before codes has none); the page
   * then shows `reason`.
   */
  code?: string;
  params?: ProblemParams;
  /** The server's sentence, in English. */
  reason: string;
  /** The closest known names, for a value that names nothing known. */
  suggestions?: string[];
}

export interface Import {
  id: string | number;
  mapping: string;
  fileName: string;
  format: { type: 'csv' | 'xlsx'; encoding?: string; delimiter?: string };
  state: ImportState;
  rows: number;
  summary: { type: string; create: number; update: number; unchanged: number }[];
  /** The first 500; recordCount says how many there are. */
  records: ImportRecord[];
  recordCount: number;
  /** The first 500; problemCount says how many there are. */
  problems: ImportProblem[];
  problemCount: number;
  ignoredColumns: string[];
  progress: { done: number; total: number };
  error?: string;
}

export interface ImportRequest {
  file: File;
  mapping: string;
  encoding: Encoding;
  delimiter: Delimiter;
}

export const EXPORT_TYPES = ['incidents', 'locations', 'sources'] as const;
export const EXPORT_FORMATS = ['csv', 'xlsx', 'geojson'] as const;
export const EXPORT_LANGUAGES = ['en', 'ar', 'both'] as const;
export interface ExportRequest {
  type: (typeof EXPORT_TYPES)[number];
  format: (typeof EXPORT_FORMATS)[number];
  language: (typeof EXPORT_LANGUAGES)[number];
}

/** Sources have no coordinates: GeoJSON is for incidents and places. */
export const formatsOf = (type: ExportRequest['type']) => EXPORT_FORMATS.filter((format) => format !== 'geojson' || type !== 'sources');

/** Accepted files, as the server reads them. */
export const ACCEPTED_FILES = '.csv,.tsv,.txt,.xlsx';
