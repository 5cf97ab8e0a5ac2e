import type { Core } from '@strapi/strapi';
import { STATUSES, type Status } from '../../../shared/constants';
import { STATE } from '../constants';
import { getService } from '../utils';

export interface QueueQuery {
  locale: string;
  /** The types the reader may read in that locale: nothing of the others is listed or counted. */
  readableTypes: string[];
  type?: string;
  status?: Status;
  q?: string;
  sort: 'oldest' | 'newest';
  page: number;
  pageSize: number;
}

/** What needs a translator's work in a locale: counts per status, and a filtered, paged list. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(query: QueueQuery) {
    const types = query.type ? query.readableTypes.filter((uid) => uid === query.type) : query.readableTypes;
    const scope = { locale: query.locale, contentType: types };
    const where = {
      locale: query.locale,
      contentType: { $in: types },
      status: query.status ?? { $in: ['missing', 'outdated', 'draft'] },
      ...(query.q ? { $or: [{ title: { $containsi: query.q } }, { sourceTitle: { $containsi: query.q } }] } : {}),
    };
    const [rows, total, counts] = await Promise.all([
      strapi.db.query(STATE).findMany({
        where,
        orderBy: [{ contentUpdatedAt: query.sort === 'oldest' ? 'asc' : 'desc' }, { id: 'asc' }],
        offset: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      }),
      strapi.db.query(STATE).count({ where }),
      this.counts(scope),
    ]);
    const models = getService('models');
    return {
      data: rows.map((row: any) => ({
        uid: row.contentType,
        typeName: models.displayName(row.contentType),
        documentId: row.targetDocumentId,
        locale: row.locale,
        status: row.status,
        title: row.title,
        sourceLocale: row.sourceLocale,
        sourceTitle: row.sourceTitle,
        changedFields: (row.changedFields ?? []).map((change: { field: string }) => change.field),
        updatedAt: row.contentUpdatedAt,
      })),
      meta: {
        counts,
        pagination: { page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(total / query.pageSize), total },
      },
    };
  },

  /** One grouped query for all four counts; a list of values is any of them. */
  async counts(scope: Record<string, string | string[]>): Promise<Record<Status, number>> {
    const { tableName, attributes } = strapi.db.metadata.get(STATE) as any;
    const column = (name: string) => attributes[name].columnName ?? name.replace(/[A-Z]/g, (c: string) => `_${c.toLowerCase()}`);
    const builder = strapi.db.connection(tableName).select('status').count({ n: '*' }).groupBy('status');
    for (const [field, value] of Object.entries(scope)) {
      if (Array.isArray(value)) builder.whereIn(column(field), value);
      else builder.where(column(field), value);
    }
    const rows = (await builder) as unknown as { status: Status; n: number | string }[];
    const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
    for (const row of rows) counts[row.status] = Number(row.n);
    return counts;
  },
});
