/** A table to write: its headers and its rows, read as they are written (never all at once). */
export interface Table {
  /** The sheet's name in a workbook. */
  name: string;
  headers: string[];
  rows: AsyncIterable<TableRow>;
}

/** Cells in the headers' order; the point ([longitude, latitude], WGS 84) places it on a map. */
export interface TableRow {
  cells: string[];
  point: [number, number] | null;
}
