import type { Readable } from 'node:stream';
import type { Table } from './table';
import { writeCsv } from './write-csv';
import { writeGeoJson } from './write-geojson';
import { writeXlsx } from './write-xlsx';

export const TABLE_FORMATS = ['csv', 'xlsx', 'geojson'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

const WRITERS: Record<TableFormat, { contentType: string; write: (table: Table) => Readable }> = {
  csv: { contentType: 'text/csv; charset=utf-8', write: writeCsv },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', write: writeXlsx },
  geojson: { contentType: 'application/geo+json', write: writeGeoJson },
};

/** A table as a stream of the format's bytes, with the media type to send it as. */
export function writeTable(format: TableFormat, table: Table): { stream: Readable; contentType: string } {
  const writer = WRITERS[format];
  return { stream: writer.write(table), contentType: writer.contentType };
}
