import type { Core } from '@strapi/strapi';
import { INCIDENT } from '../../../../../uids';
import { getService } from '../utils';

/** Finds incidents to link by words of their title or the name of their place, in any locale. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async incidents(q: string, locale: string) {
    const words = q.split(/\s+/).filter(Boolean).slice(0, 6);
    const rows = await strapi.db.query(INCIDENT).findMany({
      where: {
        publishedAt: null,
        $and: words.map((word) => ({
          $or: [{ title: { $containsi: word } }, { location: { name: { $containsi: word } } }, { location: { aliases: { $containsi: word } } }],
        })),
      },
      select: ['documentId'],
      orderBy: { date: 'desc' },
      limit: 100,
    });
    const ids = [...new Set(rows.map((row: any) => row.documentId as string))].slice(0, 20);
    const found = await getService('documents').inLocale(INCIDENT, ids, locale, {
      published: false,
      select: ['title', 'date', 'datePrecision', 'verificationStatus'],
      populate: { location: { select: ['documentId', 'name'] } },
    });
    return ids.map((id) => found.get(id)).filter(Boolean);
  },
});
