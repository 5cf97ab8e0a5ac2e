import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** One data row of a spreadsheet, its cells by column header. `row` is the number a spreadsheet shows (the header is row 1). */
export interface TableRow {
  row: number;
  cells: Record<string, string>;
}

export type Encoding = 'utf-8' | 'utf-16le' | 'windows-1256';
export const ENCODINGS: readonly Encoding[] = ['utf-8', 'utf-16le', 'windows-1256'];
export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

export interface TableFormat {
  type: 'csv' | 'xlsx';
  /** CSV only: as chosen, or as detected. */
  encoding?: Encoding;
  delimiter?: Delimiter;
}

export interface Table {
  format: TableFormat;
  columns: string[];
  /** Read once, as the file is streamed: a large file is never held whole. */
  rows: AsyncIterable<TableRow>;
}

export interface ReadOptions {
  encoding?: Encoding | 'auto';
  delimiter?: Delimiter | 'auto';
}

/** A file that cannot be read as a table: its name, and why, in words for the person who gave it. */
export class UnreadableTable extends Error {}

const XLSX_SIGNATURE = Buffer.from('PK\x03\x04', 'latin1');
const SAMPLE_BYTES = 64 * 1024;

/**
 * Opens a CSV (any of the usual delimiters; UTF-8 with or without a byte order mark, UTF-16 as
 * Excel's "Unicode text" writes it, or Windows-1256 as Arabic Excel still writes CSV) or an XLSX
 * workbook (its first sheet). The kind is told by the content, not the file's name.
 */
export async function openTable(path: string, options: ReadOptions = {}): Promise<Table> {
  const sample = await readSample(path);
  if (sample.subarray(0, 4).equals(XLSX_SIGNATURE)) return openWorkbook(path);
  const encoding = options.encoding && options.encoding !== 'auto' ? options.encoding : detectEncoding(sample);
  const firstLine = iconv.decode(sample, encoding).split(/\r?\n/, 1)[0] ?? '';
  const delimiter = options.delimiter && options.delimiter !== 'auto' ? options.delimiter : detectDelimiter(firstLine);
  return openCsv(path, encoding, delimiter);
}

async function readSample(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * A byte order mark says it; otherwise text that is valid UTF-8 is UTF-8 (Windows-1256 Arabic is
 * almost never valid UTF-8: its letters are single bytes above 0x7f), and anything else is taken
 * for Windows-1256, the one legacy encoding this import supports. The person can choose instead.
 */
export function detectEncoding(sample: Buffer): Encoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  // The sample may end inside a character: leave out an incomplete last sequence.
  return isUtf8(trimIncompleteSequence(sample)) ? 'utf-8' : 'windows-1256';
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function trimIncompleteSequence(bytes: Buffer): Buffer {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back];
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: keep looking for the sequence's start
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? bytes.subarray(0, bytes.length - back) : bytes;
  }
  return bytes;
}

/** The header line names the columns, so the delimiter is the candidate it holds most often (a comma on a tie). */
export function detectDelimiter(headerLine: string): Delimiter {
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const candidate of DELIMITERS) {
    const count = headerLine.split(candidate).length - 1;
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
}

async function openCsv(path: string, encoding: Encoding, delimiter: Delimiter): Promise<Table> {
  const records = createReadStream(path)
    .pipe(iconv.decodeStream(encoding))
    .pipe(parse({ delimiter, bom: true, relax_column_count: true, skip_empty_lines: true }));
  const iterator = records[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const header = await iterator.next().catch((error) => {
    throw new UnreadableTable(`The file is not a CSV this import can read: ${error.message}`);
  });
  if (header.done) throw new UnreadableTable('The file is empty: it has no header row');
  const columns = headerOf(header.value);
  async function* rows(): AsyncIterable<TableRow> {
    let row = 1;
    try {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        row += 1;
        const cells = cellsOf(columns, next.value);
        if (cells) yield { row, cells };
      }
    } catch (error) {
      throw new UnreadableTable(`Row ${row + 1} cannot be read as CSV: ${(error as Error).message}`);
    }
  }
  return { format: { type: 'csv', encoding, delimiter }, columns, rows: rows() };
}

async function openWorkbook(path: string): Promise<Table> {
  // Styles are read so that date cells come as dates; shared strings are cached, as the format requires.
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  const sheets = reader[Symbol.asyncIterator]();
  const sheet = await sheets.next().catch((error: Error) => {
    throw new UnreadableTable(`The file is not an XLSX workbook this import can read: ${error.message}`);
  });
  if (sheet.done) throw new UnreadableTable('The workbook has no sheet');
  const sheetRows = (sheet.value as AsyncIterable<ExcelJS.Row>)[Symbol.asyncIterator]();
  const first = await sheetRows.next();
  if (first.done) throw new UnreadableTable('The first sheet is empty: it has no header row');
  const columns = headerOf(valuesOf(first.value));
  async function* rows(): AsyncIterable<TableRow> {
    for (let next = await sheetRows.next(); !next.done; next = await sheetRows.next()) {
      const cells = cellsOf(columns, valuesOf(next.value));
      if (cells) yield { row: next.value.number, cells };
    }
  }
  return { format: { type: 'xlsx' }, columns, rows: rows() };
}

function headerOf(names: string[]): string[] {
  const columns = names.map((name) => name.trim());
  const seen = new Set<string>();
  for (const name of columns) {
    if (name && seen.has(name)) throw new UnreadableTable(`The header names the column "${name}" twice`);
    seen.add(name);
  }
  return columns;
}

/** The row's cells by column, trimmed; null for a row with nothing in it. */
function cellsOf(columns: string[], values: string[]): Record<string, string> | null {
  const cells: Record<string, string> = {};
  let empty = true;
  columns.forEach((column, index) => {
    if (!column) return;
    const value = (values[index] ?? '').trim();
    cells[column] = value;
    if (value) empty = false;
  });
  return empty ? null : cells;
}

/** A worksheet row's values as text, as a person reads them in the sheet. */
function valuesOf(row: ExcelJS.Row): string[] {
  // ExcelJS numbers cells from 1; index 0 is always empty.
  const values = (row.values as ExcelJS.CellValue[]).slice(1);
  return Array.from(values, (value) => cellText(value));
}

function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // A date cell without a time is a calendar date; Excel stores it at UTC midnight.
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return '';
  return String(value);
}
