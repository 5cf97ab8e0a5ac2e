import type { Core } from '@strapi/strapi';

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

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async inLocale(
    uid: string,
    documentIds: string[],
    locale: string,
    options: { published: boolean; select: string[]; populate?: Record<string, unknown> }
  ): Promise<Map<string, LocalizedRow>> {
    const byDocument = new Map<string, LocalizedRow>();
    if (documentIds.length === 0) return byDocument;
    const rows: any[] = await strapi.db.query(uid as any).findMany({
      where: { documentId: { $in: [...new Set(documentIds)] }, publishedAt: options.published ? { $notNull: true } : null },
      select: [...new Set(['documentId', 'locale', ...options.select])],
      populate: options.populate,
    });
    for (const row of rows) {
      const chosen = byDocument.get(row.documentId);
      if (!chosen || (chosen.fallback && row.locale === locale)) {
        byDocument.set(row.documentId, { ...row, fallback: row.locale !== locale });
      }
    }
    return byDocument;
  },

  async exists(uid: string, documentId: string): Promise<boolean> {
    return (await strapi.db.query(uid as any).count({ where: { documentId } })) > 0;
  },
});
