import type { Core } from '@strapi/strapi';
import { queryOf } from '@syria-cms/strapi-server-helpers';
import { linkerConfig } from '../config';
import { getService } from '../utils';

/** Finds incidents to link by words of their title or the name of their place, in any locale. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async incidents(q: string, locale: string) {
    const { incidentType, placeField } = linkerConfig(strapi);
    const documents = getService('documents');
    const words = q.split(/\s+/).filter(Boolean).slice(0, 6);
    const rows = await queryOf(strapi, incidentType).findMany({
      where: {
        publishedAt: null,
        $and: words.map((word) => ({
          $or: [
            { title: { $containsi: word } },
            { [placeField]: { name: { $containsi: word } } },
            { [placeField]: { aliases: { $containsi: word } } },
          ],
        })),
      },
      select: ['documentId'],
      orderBy: { date: 'desc' },
      limit: 100,
    });
    const ids = [...new Set(rows.map((row: any) => row.documentId as string))].slice(0, 20);
    const found = await documents.inLocale(incidentType, ids, locale, { published: false, ...documents.summaryOf('incident') });
    return ids.flatMap((id) => (found.has(id) ? [documents.incidentSummary(found.get(id)!)] : []));
  },
});
