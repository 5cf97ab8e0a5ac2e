import type { FetchClient } from '@strapi/strapi/admin';
import type { Position } from './geometry';

/**
 * The gazetteer as the map preview reads it, through the Content Manager's own list route (the
 * signed-in admin's permissions apply; a to-one relation such as a place's parent or an incident's
 * place comes back populated there, where the edit view's own request only counts it).
 */
export const LOCATION_UID = 'api::location.location';
export const INCIDENT_UID = 'api::incident.incident';

/** Levels below a governorate (district, sub-district, community, neighbourhood, site). */
const MAX_DEPTH = 5;
const PAGE_SIZE = 200;
const MAX_PAGES = 10;

export interface GazetteerPlace {
  documentId: string;
  name: string;
  level: string | null;
  point: Position | null;
  parentId: string | null;
}

interface ListAnswer {
  results: Record<string, unknown>[];
  pagination?: { page: number; pageCount: number };
}

const asPoint = (latitude: unknown, longitude: unknown): Position | null => {
  if (latitude === null || latitude === undefined || longitude === null || longitude === undefined) return null;
  const lat = Number(latitude);
  const lon = Number(longitude);
  return Number.isFinite(lat) && Number.isFinite(lon) ? [lon, lat] : null;
};

const documentIdOf = (value: unknown): string | null =>
  value && typeof value === 'object' && typeof (value as { documentId?: unknown }).documentId === 'string'
    ? (value as { documentId: string }).documentId
    : null;

export const toPlace = (row: Record<string, unknown>): GazetteerPlace => ({
  documentId: String(row.documentId),
  name: typeof row.name === 'string' ? row.name : '',
  level: typeof row.level === 'string' ? row.level : null,
  point: asPoint(row.latitude, row.longitude),
  parentId: documentIdOf(row.parent),
});

async function list(client: FetchClient, uid: string, query: [string, string][]): Promise<ListAnswer> {
  const { data } = await client.get<ListAnswer>(`/content-manager/collection-types/${uid}`, {
    params: new URLSearchParams(query).toString(),
  });
  return data;
}

/** One document's row (its to-one relations populated), in the first of `locales` it exists in. */
async function findRow(client: FetchClient, uid: string, documentId: string, locales: string[]) {
  for (const locale of locales) {
    const { results } = await list(client, uid, [
      ['page', '1'],
      ['pageSize', '1'],
      ['locale', locale],
      ['filters[documentId][$eq]', documentId],
    ]);
    if (results[0]) return results[0];
  }
  return null;
}

export async function findPlace(client: FetchClient, documentId: string, locales: string[]): Promise<GazetteerPlace | null> {
  const row = await findRow(client, LOCATION_UID, documentId, locales);
  return row ? toPlace(row) : null;
}

/** The saved place of an incident, or null when it has none. */
export async function savedPlaceOfIncident(client: FetchClient, documentId: string, locales: string[]): Promise<string | null> {
  const row = await findRow(client, INCIDENT_UID, documentId, locales);
  return row ? documentIdOf(row.location) : null;
}

/** The saved parent of a place, or null when it has none. */
export async function savedParentOfPlace(client: FetchClient, documentId: string, locales: string[]): Promise<string | null> {
  const row = await findRow(client, LOCATION_UID, documentId, locales);
  return row ? documentIdOf(row.parent) : null;
}

/** The governorate a place belongs to, walking up its parents; null when there is none above it. */
export async function governorateAbove(
  client: FetchClient,
  start: GazetteerPlace | null,
  locales: string[],
): Promise<GazetteerPlace | null> {
  const seen = new Set<string>();
  let current = start;
  while (current && !seen.has(current.documentId) && seen.size <= MAX_DEPTH + 1) {
    if (current.level === 'governorate') return current;
    seen.add(current.documentId);
    current = current.parentId ? await findPlace(client, current.parentId, locales) : null;
  }
  return null;
}

/**
 * Every place under a governorate, at any depth, with its name in the first of `locales` that has
 * it (coordinates are shared by every language, names are not; a place not yet translated still
 * shows, under its other name).
 */
export async function placesUnder(client: FetchClient, governorateId: string, locales: string[]): Promise<GazetteerPlace[]> {
  const byId = new Map<string, GazetteerPlace>();
  const filters: [string, string][] = [];
  for (let depth = 1; depth <= MAX_DEPTH; depth++) {
    filters.push([`filters[$or][${depth - 1}]${'[parent]'.repeat(depth)}[documentId][$eq]`, governorateId]);
  }
  for (const locale of locales) {
    for (let page = 1; page <= MAX_PAGES; page++) {
      const { results, pagination } = await list(client, LOCATION_UID, [
        ['page', String(page)],
        ['pageSize', String(PAGE_SIZE)],
        ['locale', locale],
        ['sort', 'id:asc'],
        ...filters,
      ]);
      for (const row of results) {
        const place = toPlace(row);
        if (!byId.has(place.documentId)) byId.set(place.documentId, place);
      }
      if (!pagination || page >= pagination.pageCount) break;
    }
  }
  return [...byId.values()];
}
