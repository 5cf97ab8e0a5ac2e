import type { Core } from '@strapi/strapi';
import { columnOf, metadataOf, readAttributes, selectAttributes, tableOf } from '@syria-cms/strapi-server-helpers';
import { linkerConfig } from '../config';
import { LINK } from '../constants';

type Side = 'article' | 'incident';

/**
 * The content API of links: for many articles (or incidents) at once, their published linked
 * incidents (or articles) in the requested locale, with a fallback to another locale marked as
 * such. One statement whatever the number of documents or links: the links joined to every
 * published version of the linked documents and, for incidents, to their places. The Query Engine
 * would take three (links, linked rows, places), as the two tables are not related in its model.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = linkerConfig(strapi);
  /** What sites see of a linked incident or article: the fields the app made public (publicFields). */
  const sides = {
    article: { uid: config.articleType, own: 'articleDocumentId', other: 'incidentDocumentId', otherUid: config.incidentType, fields: config.publicFields.incident, withPlace: true },
    incident: { uid: config.incidentType, own: 'incidentDocumentId', other: 'articleDocumentId', otherUid: config.articleType, fields: config.publicFields.article, withPlace: false },
  } as const;
  const placeFields = ['documentId', ...config.publicFields.place];

  return {
    async linkedTo(side: Side, documentIds: string[], locale: string): Promise<Map<string, any[]>> {
      const { own, other, otherUid, withPlace } = sides[side];
      const fields = [...new Set(['documentId', 'locale', ...sides[side].fields])];
      const result = new Map<string, any[]>(documentIds.map((id) => [id, []]));
      if (documentIds.length === 0) return result;

      const link = (attribute: string) => `l.${columnOf(strapi, LINK, attribute)}`;
      const query = strapi.db
        .connection(`${tableOf(strapi, LINK)} as l`)
        .join(`${tableOf(strapi, otherUid)} as d`, `d.${columnOf(strapi, otherUid, 'documentId')}`, link(other))
        .whereIn(link(own), [...new Set(documentIds)])
        .whereNotNull(`d.${columnOf(strapi, otherUid, 'publishedAt')}`)
        .select({ linkId: 'l.id', own: link(own), role: link('role'), rowId: 'd.id', ...selectAttributes(strapi, otherUid, 'd', fields, 'd_') })
        // As the Query Engine read them: links by role then age; a document's versions by age.
        .orderBy([{ column: link('role') }, { column: 'l.id' }, { column: 'd.id' }]);
      if (withPlace) {
        const { joinTable } = (metadataOf(strapi, otherUid).attributes as any)[config.placeField];
        query
          .leftJoin(`${joinTable.name} as pl`, `pl.${joinTable.joinColumn.name}`, 'd.id')
          .leftJoin(`${tableOf(strapi, config.placeType)} as p`, 'p.id', `pl.${joinTable.inverseJoinColumn.name}`)
          .select({ placeId: 'p.id', ...selectAttributes(strapi, config.placeType, 'p', placeFields, 'p_') });
      }
      const rows: any[] = await query;

      // Per link, the version in `locale` where the document has one, otherwise the first read.
      const chosen = new Map<number, any>();
      for (const row of rows) {
        const current = chosen.get(row.linkId);
        if (!current || (current.d_locale !== locale && row.d_locale === locale)) chosen.set(row.linkId, row);
      }
      for (const row of chosen.values()) {
        const document = readAttributes(strapi, otherUid, row, fields, 'd_');
        if (withPlace) document[config.placeField] = row.placeId === null ? null : readAttributes(strapi, config.placeType, row, placeFields, 'p_');
        result.get(row.own)!.push({ ...document, fallback: row.d_locale !== locale, role: row.role });
      }
      return result;
    },

    /** Whether a document is published in some locale: unpublished documents have no public links. */
    async isPublished(side: Side, documentId: string): Promise<boolean> {
      const uid = sides[side].uid;
      return (await strapi.db.query(uid).count({ where: { documentId, publishedAt: { $notNull: true } } })) > 0;
    },
  };
};
