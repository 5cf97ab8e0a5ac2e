import type { Core } from '@strapi/strapi';
import { placeDirectory, queryOf } from '@syria-cms/strapi-server-helpers';
import { countMatching, matchOf, pageOfMatching, type Match } from '../../../search-index';
import { ARTICLE, INCIDENT, LOCATION } from '../../../uids';

export const SEARCHED_TYPES = ['article', 'incident', 'location'] as const;
export type SearchedType = (typeof SEARCHED_TYPES)[number];

interface TypeShape {
  uid: string;
  fields: string[];
  orderBy: Record<string, 'asc' | 'desc'>[];
  hit: (row: any) => Record<string, unknown>;
}

const excerpt = (text: string | null | undefined) => (text && text.length > 240 ? `${text.slice(0, 239)}…` : (text ?? null));

const SHAPES: Record<SearchedType, TypeShape> = {
  article: {
    uid: ARTICLE,
    fields: ['title', 'slug', 'summary', 'dateline'],
    orderBy: [{ dateline: 'desc' }, { id: 'desc' }],
    hit: (row) => ({ title: row.title, slug: row.slug, date: row.dateline, excerpt: excerpt(row.summary) }),
  },
  incident: {
    uid: INCIDENT,
    fields: ['title', 'date', 'description'],
    orderBy: [{ date: 'desc' }, { id: 'desc' }],
    hit: (row) => ({ title: row.title, date: row.date, excerpt: excerpt(row.description) }),
  },
  location: {
    uid: LOCATION,
    fields: ['name', 'level', 'pcode', 'latitude', 'longitude'],
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    hit: (row) => ({ title: row.name, level: row.level, pcode: row.pcode, latitude: row.latitude, longitude: row.longitude }),
  },
};

/**
 * One query over articles, incidents and places, folded as the incident-linker folds (shared
 * code): "خان شيخون", "Khan Sheikhoun" and "Khan Sheikoun" find the same things. Every word of
 * the query must match the start of a word of the document. A place the query names is found by
 * any of its names and aliases in either language. One table per type, no joins: the stored words
 * through the database's full-text index (src/search-index; matching by the place relation too made
 * the incident query join and take 200 ms at 10,000 incidents), which holds the published versions
 * with their locale (a type without drafts has only published rows). Per type, whatever the limit and the number of hits: the index counts the hits
 * alone, then one page of their ids is read from the table (its own locale and publication decide,
 * the way the count says is cheapest), then those rows.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async search({ q, locale, types, limit }: { q: string; locale: string; types: SearchedType[]; limit: number }) {
    const places = await placeDirectory(strapi, LOCATION);
    const matches = matchOf(q, places);
    // The types at once: on PostgreSQL each on a connection of its own, so a search takes its slowest type's time, not their sum.
    const found = await Promise.all(types.map((type) => searchType(strapi, type, matches, locale, limit)));
    const data = found.flatMap(({ hits }) => hits);
    const counts = Object.fromEntries(types.map((type, i) => [type, found[i].count])) as Partial<Record<SearchedType, number>>;
    return { data, meta: { q, locale, counts } };
  },
});

/** One type's count and page of hits. */
async function searchType(strapi: Core.Strapi, type: SearchedType, matches: Match[], locale: string, limit: number) {
  const shape = SHAPES[type];
  const count = await countMatching(strapi, shape.uid, matches, locale);
  const ids = count === 0 ? [] : await pageOfMatching(strapi, shape.uid, matches, locale, { orderBy: shape.orderBy, limit, hits: count });
  const rows = ids.length === 0 ? [] : await queryOf(strapi, shape.uid).findMany({ where: { id: { $in: ids } }, select: ['documentId', ...shape.fields], orderBy: shape.orderBy });
  return { count, hits: rows.map((row: any) => ({ type, documentId: row.documentId, ...shape.hit(row) })) };
}
