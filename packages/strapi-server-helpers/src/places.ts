import type { Core } from '@strapi/strapi';
import { buildNameIndex, parseAliases, type NameIndex } from '@syria-cms/bilingual-text';
import { metadataOf, queryOf } from './models';

/** The tree of places as ranking and the public API read it, names in one language. */
export interface Gazetteer {
  /** Parent of each place (town → district → governorate), for "inside a named place". */
  parentOf(placeId: string): string | null;
  levelOf(placeId: string): string | null;
  nameOf(placeId: string): string;
}


export interface Place {
  documentId: string;
  level: string | null;
  pcode: string | null;
  parent: string | null;
}

export interface Places {
  /** Every name and alias of every place, in both languages, folded. */
  names: NameIndex;
  /** The gazetteer in one language: names in that locale where the place has one. */
  inLocale(locale: string): Gazetteer;
  /** A place by documentId or OCHA p-code. */
  find(idOrPcode: string): Place | undefined;
  /** The place and every place inside it, at any depth. */
  withDescendants(placeId: string): string[];
  /** The nearest place at `level` that contains the place (or the place itself). */
  ancestorAt(placeId: string, level: string): string | null;
  /** Every name a place has, in every language. */
  namesOf(placeId: string): string[];
}

/**
 * Building the directory reads every place, so it is kept per Strapi instance. Several instances
 * share one database, so before each use the cache is checked against a fingerprint of the
 * locations table (row count and latest update): a place created, renamed or deleted through any
 * instance is seen by every other at its next use, and losing the cache loses nothing.
 */
const cache = new WeakMap<Core.Strapi, Map<string, { fingerprint: string; places: Places }>>();

/**
 * The directory of a gazetteer type: one whose documents have a localized `name` and `aliases`
 * (one spelling per line), a shared `level`, `pcode` and `parent` place.
 */
export async function placeDirectory(strapi: Core.Strapi, placeType: string): Promise<Places> {
  const current = await fingerprint(strapi, placeType);
  const byType = cache.get(strapi) ?? cache.set(strapi, new Map()).get(strapi)!;
  const cached = byType.get(placeType);
  if (cached?.fingerprint === current) return cached.places;
  const places = await build(strapi, placeType);
  byType.set(placeType, { fingerprint: current, places });
  return places;
}

async function fingerprint(strapi: Core.Strapi, placeType: string): Promise<string> {
  const { tableName } = metadataOf(strapi, placeType);
  const row = await strapi.db.connection(tableName).count({ rows: '*' }).max({ latest: 'updated_at' }).first();
  return `${row?.rows}:${row?.latest instanceof Date ? row.latest.getTime() : row?.latest}`;
}

async function build(strapi: Core.Strapi, placeType: string): Promise<Places> {
  const rows: any[] = await queryOf(strapi, placeType).findMany({
    select: ['documentId', 'name', 'aliases', 'level', 'pcode', 'locale'],
    populate: { parent: { select: ['documentId'] } },
  });
  const names = new Map<string, string[]>();
  const display = new Map<string, Map<string, string>>();
  const places = new Map<string, Place>();
  const byPcode = new Map<string, string>();
  for (const row of rows) {
    names.set(row.documentId, [...(names.get(row.documentId) ?? []), row.name, ...parseAliases(row.aliases)]);
    display.set(row.documentId, (display.get(row.documentId) ?? new Map()).set(row.locale, row.name));
    const known = places.get(row.documentId);
    places.set(row.documentId, {
      documentId: row.documentId,
      level: row.level ?? known?.level ?? null,
      pcode: row.pcode ?? known?.pcode ?? null,
      parent: row.parent?.documentId ?? known?.parent ?? null,
    });
    if (row.pcode) byPcode.set(row.pcode.toUpperCase(), row.documentId);
  }
  const children = new Map<string, string[]>();
  for (const place of places.values()) {
    if (place.parent) children.set(place.parent, [...(children.get(place.parent) ?? []), place.documentId]);
  }
  const nameIn = (id: string, locale: string) => {
    const byLocale = display.get(id);
    return byLocale?.get(locale) ?? byLocale?.values().next().value ?? id;
  };

  return {
    names: buildNameIndex([...names].map(([id, all]) => ({ id, names: all }))),
    inLocale: (locale) => ({
      parentOf: (id) => places.get(id)?.parent ?? null,
      levelOf: (id) => places.get(id)?.level ?? null,
      nameOf: (id) => nameIn(id, locale),
    }),
    find: (idOrPcode) => places.get(idOrPcode) ?? places.get(byPcode.get(idOrPcode.toUpperCase()) ?? ''),
    withDescendants(placeId) {
      const found = new Set([placeId]);
      const queue = [placeId];
      while (queue.length > 0) {
        for (const child of children.get(queue.shift()!) ?? []) {
          if (!found.has(child)) {
            found.add(child);
            queue.push(child);
          }
        }
      }
      return [...found];
    },
    ancestorAt(placeId, level) {
      const seen = new Set<string>();
      let current: string | null = placeId;
      while (current && !seen.has(current)) {
        if (places.get(current)?.level === level) return current;
        seen.add(current);
        current = places.get(current)?.parent ?? null;
      }
      return null;
    },
    namesOf: (placeId) => names.get(placeId) ?? [],
  };
}
