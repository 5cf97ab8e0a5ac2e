import type { CellReader } from '../import/cells';
import type { ImportRecord, Why } from '../import/types';
import type { DataExchangeSettings } from '../settings';

export interface MappingColumn {
  name: string;
  /** The file must have this column (its cells may still be empty where the field is optional). */
  required?: boolean;
  description: string;
}

export interface MappingContext {
  read: CellReader;
  /** The row's cells as the file has them, for a mapping that reads them another way (renamed). */
  cells: Record<string, string>;
  now: Date;
  row: number;
  settings: DataExchangeSettings;
  /** Leaves the row out on purpose (an ACLED protest): counted, never written, not a problem. */
  skip(reason: string): void;
  /** A problem that is not one cell's (a row that names no place at all). */
  report(column: string, value: string, why: Why, suggestions?: string[]): void;
}

/**
 * A declared layout of spreadsheet columns and what each becomes in this CMS. A mapping only
 * translates: resolving names, finding existing records, validating and writing are the import's,
 * the same for every mapping.
 */
export interface Mapping {
  name: string;
  label: string;
  description: string;
  /** The types it writes, in the order they are written within a row. */
  types: string[];
  columns: MappingColumn[];
  toRecords(context: MappingContext): ImportRecord[];
}
