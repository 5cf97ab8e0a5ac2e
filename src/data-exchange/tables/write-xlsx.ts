import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Table } from './table';

/**
 * An Excel workbook of one sheet, written row by row by exceljs's streaming writer (each row is
 * committed to the zip as it comes). Cells are text, exactly as in the CSV, so that a date stays
 * YYYY-MM-DD and a key is never read as a number. The header row is bold and stays in view.
 */
export function writeXlsx(table: Table): Readable {
  const output = new PassThrough();
  write(table, output).catch((error) => output.destroy(error));
  return output;
}

async function write(table: Table, output: PassThrough) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow(table.headers);
  header.font = { bold: true };
  header.commit();
  for await (const row of table.rows) sheet.addRow(row.cells).commit();
  sheet.commit();
  await workbook.commit();
}
