import type { Core } from '@strapi/strapi';
import { editableVersion, hasDraftAndPublish, queryOf } from '@syria-cms/strapi-server-helpers';
import { publicView, withholds } from '../../public-api/public-view';
import { contractModels } from '../../public-api/settings';
import { SOURCE } from '../../uids';
import { ARABIC_LOCALE, MAIN_LOCALE } from '../languages';
import type { NativeCell } from '../native-columns';
import type { TableRow } from '../tables/table';
import { cellText } from './cell-values';
import { shapeOf, type PointOf } from './record-shape';

export interface ReadPlan {
  uid: string;
  cells: NativeCell[];
  /** The documents to write, in file order. */
  documentIds: string[];
  /** Published versions only, as the public sees them through the public read contract; else each document's latest version. */
  publicView: boolean;
  pointOf: PointOf;
}

/** Documents read at once: a few thousand rows and IN lists far below the databases' parameter limits. */
export const PAGE_SIZE = 500;

/**
 * The records of a plan, a page of documents at a time: each page is one query for its rows (both
 * languages), one per relation its columns need, and one for which documents have been published,
 * so an export of any size holds one page in memory and costs the same queries per page.
 */
export async function* readRecords(strapi: Core.Strapi, plan: ReadPlan): AsyncGenerator<TableRow> {
  const models = contractModels(strapi);
  const withheldFlag = models.models[SOURCE]?.withheld?.when;
  const shape = shapeOf(plan.cells, plan.pointOf, withheldFlag);
  const draftAndPublish = hasDraftAndPublish(strapi, plan.uid);
  const version = plan.publicView ? (draftAndPublish ? { publishedAt: { $notNull: true } } : {}) : editableVersion(strapi, plan.uid);
  for (let start = 0; start < plan.documentIds.length; start += PAGE_SIZE) {
    const page = plan.documentIds.slice(start, start + PAGE_SIZE);
    const rows: any[] = await queryOf(strapi, plan.uid).findMany({
      where: { documentId: { $in: page }, locale: { $in: [MAIN_LOCALE, ARABIC_LOCALE] }, ...version },
      select: shape.select,
      populate: shape.populate,
    });
    const published = draftAndPublish && !plan.publicView ? await publishedAmong(strapi, plan.uid, page) : undefined;
    const versions = new Map<string, Record<string, any>>();
    for (const row of rows) {
      const seen = plan.publicView ? (publicView(row, plan.uid, models) as Record<string, any>) : row;
      versions.set(`${row.documentId}:${row.locale}`, seen);
    }
    for (const documentId of page) {
      const main = versions.get(`${documentId}:${MAIN_LOCALE}`);
      const arabic = versions.get(`${documentId}:${ARABIC_LOCALE}`);
      // A document deleted since its id was listed has no rows left: it is no longer part of the file.
      if (!main && !arabic) continue;
      const isPublished = published ? published.has(documentId) : plan.publicView;
      const cells = plan.cells.map((cell) => {
        const row = cell.arabic ? arabic : cell.column.localized ? main : (main ?? arabic);
        if (cell.column.kind === 'status') return isPublished ? 'published' : 'draft';
        if (cell.column.kind === 'document-id') return documentId;
        let value = valueAt(row, cell.column.field);
        // The public learns that a confidential source exists (its kind, reliability), never which one an incident cites.
        if (cell.column.kind === 'sources' && plan.publicView) value = (value ?? []).filter((source: any) => !withholds(source, SOURCE, models));
        return cellText(cell.column.kind, value);
      });
      yield { cells, point: pointOf(main ?? arabic, plan.pointOf) };
    }
  }
}

const valueAt = (row: Record<string, any> | undefined, field: string) =>
  field.split('.').reduce<any>((value, name) => (value === null || value === undefined ? undefined : value[name]), row);

async function publishedAmong(strapi: Core.Strapi, uid: string, documentIds: string[]): Promise<Set<string>> {
  const rows: { documentId: string }[] = await queryOf(strapi, uid).findMany({
    where: { documentId: { $in: documentIds }, publishedAt: { $notNull: true } },
    select: ['documentId'],
  });
  return new Set(rows.map((row) => row.documentId));
}

function pointOf(row: Record<string, any> | undefined, from: PointOf): [number, number] | null {
  const place = from === 'own' ? row : from ? row?.[from.relation] : undefined;
  const [latitude, longitude] = [place?.latitude, place?.longitude].map((value) => (value === null || value === undefined || value === '' ? null : Number(value)));
  return latitude === null || longitude === null ? null : [longitude, latitude];
}
