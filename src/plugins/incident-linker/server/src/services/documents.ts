import type { Core } from '@strapi/strapi';
import { attributesOf, oneRowPerDocument, queryOf } from '@syria-cms/strapi-server-helpers';
import { linkerConfig } from '../config';

/**
 * Rows of articles and incidents, one per document, in the locale asked for where there is one
 * and in another locale where there is not (marked as a fallback). Each call is one query however
 * many documents it reads.
 */
export interface LocalizedRow {
  documentId: string;
  locale: string;
  fallback: boolean;
  [field: string]: any;
}

/** What the admin panels show of a linked or suggested document, where the type has the field. */
const SUMMARY_FIELDS = {
  article: ['title', 'slug', 'dateline', 'section'],
  incident: ['title', 'date', 'datePrecision', 'verificationStatus'],
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The select and populate of a summary of an article or incident, as the admin contracts (shared/contracts.ts) describe it. */
  summaryOf(side: 'article' | 'incident') {
    const config = linkerConfig(strapi);
    const uid = side === 'article' ? config.articleType : config.incidentType;
    const attributes = attributesOf(strapi, uid);
    const select = SUMMARY_FIELDS[side].filter((field) => field in attributes);
    return side === 'incident' ? { select, populate: { [config.placeField]: { select: ['documentId', 'name'] } } } : { select };
  },

  async inLocale(
    uid: string,
    documentIds: string[],
    locale: string,
    options: { published: boolean; select: string[]; populate?: Record<string, unknown> }
  ): Promise<Map<string, LocalizedRow>> {
    if (documentIds.length === 0) return new Map();
    const rows: { documentId: string; locale: string }[] = await queryOf(strapi, uid).findMany({
      where: { documentId: { $in: [...new Set(documentIds)] }, publishedAt: options.published ? { $notNull: true } : null },
      select: [...new Set(['documentId', 'locale', ...options.select])],
      populate: options.populate,
    });
    const chosen = oneRowPerDocument(rows, locale);
    return new Map([...chosen].map(([documentId, row]) => [documentId, { ...row, fallback: row.locale !== locale }]));
  },

  /** An incident row as the admin contracts describe it (IncidentSummary): its place under `location`, whatever the relation's name. */
  incidentSummary(row: LocalizedRow) {
    const place = row[linkerConfig(strapi).placeField];
    return {
      documentId: row.documentId,
      locale: row.locale,
      fallback: row.fallback,
      title: row.title ?? null,
      date: row.date ?? null,
      datePrecision: row.datePrecision ?? null,
      verificationStatus: row.verificationStatus ?? null,
      location: place ? { documentId: place.documentId, name: place.name } : null,
    };
  },

  async exists(uid: string, documentId: string): Promise<boolean> {
    return (await queryOf(strapi, uid).count({ where: { documentId } })) > 0;
  },
});
