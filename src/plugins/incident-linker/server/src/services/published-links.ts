import type { Core } from '@strapi/strapi';
import { linkerConfig } from '../config';
import { LINK } from '../constants';
import { getService } from '../utils';

type Side = 'article' | 'incident';

/**
 * The content API of links: for many articles (or incidents) at once, their published linked
 * incidents (or articles) in the requested locale, with a fallback to another locale marked as
 * such. Three queries whatever the number of documents or links: links, linked rows, their places.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = linkerConfig(strapi);
  /** What sites see of a linked incident or article: the fields the app made public (publicFields). */
  const sides = {
    article: {
      uid: config.articleType,
      own: 'articleDocumentId',
      other: 'incidentDocumentId',
      otherUid: config.incidentType,
      shape: { select: config.publicFields.incident, populate: { [config.placeField]: { select: ['documentId', ...config.publicFields.place] } } },
    },
    incident: {
      uid: config.incidentType,
      own: 'incidentDocumentId',
      other: 'articleDocumentId',
      otherUid: config.articleType,
      shape: { select: config.publicFields.article },
    },
  } as const;

  return {
    async linkedTo(side: Side, documentIds: string[], locale: string): Promise<Map<string, any[]>> {
      const { own, other, otherUid, shape } = sides[side];
      const result = new Map<string, any[]>(documentIds.map((id) => [id, []]));
      if (documentIds.length === 0) return result;

      const links = await strapi.db.query(LINK).findMany({
        where: { [own]: { $in: documentIds } },
        select: [own, other, 'role'],
        orderBy: [{ role: 'asc' }, { id: 'asc' }],
      });
      const linked = await getService('documents').inLocale(
        otherUid,
        links.map((l: any) => l[other]),
        locale,
        {
          published: true,
          ...shape,
        }
      );
      for (const link of links as any[]) {
        const row = linked.get(link[other]);
        if (!row) continue; // not published in any locale
        const { id, ...visible } = row;
        result.get(link[own])!.push({ ...visible, role: link.role });
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
