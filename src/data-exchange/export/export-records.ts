import type { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { editableVersion, queryOf } from '@syria-cms/strapi-server-helpers';
import type { Conditions } from '../../api/incident/services/incident-query';
import { INCIDENT, LOCATION, SOURCE } from '../../uids';
import { ARABIC_LOCALE, MAIN_LOCALE, type ExchangeLanguage } from '../languages';
import { writeTable, type TableFormat } from '../tables/write-table';
import { exportedCells, type Audience } from './exported-cells';
import { readRecords } from './read-records';
import type { PointOf } from './record-shape';

/** The types a file can hold, by the plural its routes and files are named with; incidents newest first. */
export const EXPORT_TYPES = {
  incidents: { uid: INCIDENT, orderBy: [{ date: 'desc' }, { id: 'asc' }], pointOf: { relation: 'location' } as PointOf },
  locations: { uid: LOCATION, orderBy: [{ id: 'asc' }], pointOf: 'own' as PointOf },
  sources: { uid: SOURCE, orderBy: [{ id: 'asc' }], pointOf: null as PointOf },
};
export type ExportType = keyof typeof EXPORT_TYPES;
export const EXPORT_TYPE_NAMES = Object.keys(EXPORT_TYPES) as ExportType[];

export interface ExportRequest {
  type: ExportType;
  format: TableFormat;
  language: ExchangeLanguage;
  audience: Audience;
  /** Which incidents (the public API's incident filters, resolved by the incident-query service). */
  conditions?: Conditions;
  /** Called as each record is written, for a progress bar. */
  onRecord?: () => void;
}

export interface ExportFile {
  stream: Readable;
  contentType: string;
  fileName: string;
  /** How many records the file holds. */
  total: number;
}

/**
 * A file of records in the native layout (src/data-exchange/native-columns.ts), streamed: the
 * documents' ids are listed first (one query), then read and written a page at a time while the
 * stream is consumed. The public gets published incidents and what the public read contract
 * publishes of them; an admin, every document (drafts included) and what their role may read.
 */
export async function exportRecords(strapi: Core.Strapi, request: ExportRequest): Promise<ExportFile> {
  const { uid, orderBy, pointOf } = EXPORT_TYPES[request.type];
  const publicView = request.audience.kind === 'public';
  // The public reads incidents only, through its own route: anything else here is a programming error.
  if (publicView && uid !== INCIDENT) throw new Error(`No public export of ${request.type}`);
  const cells = exportedCells(strapi, uid, request.language, request.audience);
  const version = publicView ? { publishedAt: { $notNull: true } } : editableVersion(strapi, uid);
  const versions: { documentId: string }[] = await queryOf(strapi, uid).findMany({
    where: { $and: [request.conditions ?? {}, version, { locale: { $in: [MAIN_LOCALE, ARABIC_LOCALE] } }] },
    select: ['documentId'],
    orderBy,
  });
  const documentIds = [...new Set(versions.map((row) => row.documentId))];
  const records = readRecords(strapi, { uid, cells, documentIds, publicView, pointOf });
  const { stream, contentType } = writeTable(request.format, {
    name: request.type,
    headers: cells.map((cell) => cell.header),
    rows: request.onRecord ? counted(records, request.onRecord) : records,
  });
  const today = new Date().toISOString().slice(0, 10);
  return { stream, contentType, fileName: `${request.type}-${today}.${request.format}`, total: documentIds.length };
}

async function* counted<T>(items: AsyncIterable<T>, onItem: () => void) {
  for await (const item of items) {
    yield item;
    onItem();
  }
}
