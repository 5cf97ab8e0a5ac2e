import { pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Table } from './table';

/**
 * RFC 4180 CSV in UTF-8 with a byte order mark: without it Excel reads the file in the system's
 * code page and shows Arabic as mojibake.
 */
export function writeCsv(table: Table): Readable {
  const cells = Readable.from(mapRows(table.rows));
  // pipeline destroys the output with the error of a failed read, so the reader sees it.
  return pipeline(cells, stringify({ bom: true, header: true, columns: table.headers }), () => undefined);
}

async function* mapRows(rows: Table['rows']) {
  for await (const row of rows) yield row.cells;
}
