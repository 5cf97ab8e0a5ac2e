import type { Core } from '@strapi/strapi';
import { defaultLocale } from '@syria-cms/strapi-server-helpers';
import { findMapping } from '../mappings';
import { dataExchangeSettings } from '../settings';
import { openTable, type ReadOptions, type TableFormat, type TableRow } from '../tables/read-table';
import { ImportDirectory, PREFETCH_SIZE } from './directory';
import { ImportPlanner } from './planner';
import { why, type Action, type PlannedRecord, type Problem } from './types';
import { writeRecord } from './writer';

/** How many records and problems a report lists; the counts cover them all. */
export const LISTED = 500;

export interface ImportReport {
  mapping: string;
  format: TableFormat;
  rows: number;
  /** Rows the mapping leaves out on purpose (ACLED's protests, say). */
  skipped: number;
  summary: { type: string; create: number; update: number; unchanged: number }[];
  records: { row: number; type: string; action: Action; label: string; changes: string[]; documentId: string }[];
  recordCount: number;
  problems: Problem[];
  problemCount: number;
  ignoredColumns: string[];
}

export interface ImportOptions extends ReadOptions {
  mapping: string;
  /** Called after each batch of rows, with the rows planned (and, on commit, written) so far. */
  onProgress?: (rowsDone: number) => void;
}

/** Raised inside the commit's transaction when a row cannot be written, so that nothing is. */
export class ImportRefused extends Error {
  constructor(readonly report: ImportReport) {
    super(`The import was refused: ${report.problemCount} problem(s), the first on row ${report.problems[0]?.row ?? '-'}: ${report.problems[0]?.reason ?? ''}`);
  }
}

/** The dry run: what the file would create, update and leave alone, and every problem, writing nothing. */
export function previewImport(strapi: Core.Strapi, path: string, options: ImportOptions): Promise<ImportReport> {
  return runImport(strapi, path, options, false);
}

/**
 * Writes the file all or nothing: planning and writing run in one transaction, batch by batch as
 * the file streams, and the first problem (or a failed write) rolls everything back. A process
 * that stops midway never commits, so the database is as it was.
 */
export async function commitImport(strapi: Core.Strapi, path: string, options: ImportOptions): Promise<ImportReport> {
  return strapi.db.transaction(async (): Promise<ImportReport> => {
    const report = await runImport(strapi, path, options, true);
    if (report.problemCount > 0) throw new ImportRefused(report);
    return report;
  });
}

async function runImport(strapi: Core.Strapi, path: string, options: ImportOptions, write: boolean): Promise<ImportReport> {
  const mapping = findMapping(dataExchangeSettings(strapi), options.mapping);
  const table = await openTable(path, options);
  const report: ImportReport = {
    mapping: mapping.name,
    format: table.format,
    rows: 0,
    skipped: 0,
    summary: mapping.types.map((type) => ({ type, create: 0, update: 0, unchanged: 0 })),
    records: [],
    recordCount: 0,
    problems: [],
    problemCount: 0,
    ignoredColumns: table.columns.filter((column) => column && !mapping.columns.some(({ name }) => name === column)),
  };
  const addProblems = (problems: Problem[]) => {
    report.problemCount += problems.length;
    report.problems.push(...problems.slice(0, Math.max(0, LISTED - report.problems.length)));
  };
  const missing = mapping.columns.filter(({ name, required }) => required && !table.columns.includes(name));
  addProblems(
    missing.map(({ name }) => ({
      row: null,
      column: name,
      value: null,
      ...why('missing-column', `The file has no "${name}" column, which the ${mapping.label} mapping needs`, { column: name, mapping: mapping.name }),
    }))
  );
  if (missing.length > 0) return report;

  const locale = await defaultLocale(strapi);
  const directory = await ImportDirectory.load(strapi, locale);
  const planner = new ImportPlanner(strapi, mapping, directory, dataExchangeSettings(strapi), new Date());
  const handle = async (rows: TableRow[]) => {
    const { records, problems, skipped } = await planner.plan(rows);
    report.rows += rows.length;
    report.skipped += skipped;
    addProblems(problems);
    for (const record of records) count(report, record);
    // Once a problem is found nothing will be written; planning goes on to report every problem.
    if (write && report.problemCount === 0) {
      for (const record of records) await writeRecord(strapi, record, locale);
    }
    options.onProgress?.(report.rows);
  };
  let batch: TableRow[] = [];
  for await (const row of table.rows) {
    batch.push(row);
    if (batch.length === PREFETCH_SIZE) {
      await handle(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await handle(batch);
  return report;
}

function count(report: ImportReport, record: PlannedRecord): void {
  const line = report.summary.find(({ type }) => type === record.type);
  if (line) line[record.action] += 1;
  report.recordCount += 1;
  if (report.records.length < LISTED) {
    const { row, type, action, label, changes, documentId } = record;
    report.records.push({ row, type, action, label, changes, documentId });
  }
}
