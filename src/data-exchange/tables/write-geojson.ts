import { Readable } from 'node:stream';
import type { Table } from './table';

/**
 * An RFC 7946 FeatureCollection, one feature per row, written feature by feature: the point is
 * [longitude, latitude], the properties are the row's columns by header. A row with no point keeps
 * its place in the file with a null geometry (RFC 7946 §3.2), so the file holds every record.
 */
export function writeGeoJson(table: Table): Readable {
  return Readable.from(features(table));
}

async function* features(table: Table) {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const row of table.rows) {
    const properties = Object.fromEntries(table.headers.map((header, index) => [header, row.cells[index]]));
    const geometry = row.point ? { type: 'Point', coordinates: row.point } : null;
    yield `${first ? '' : ','}\n${JSON.stringify({ type: 'Feature', geometry, properties })}`;
    first = false;
  }
  yield '\n]}\n';
}
