import { contains, distanceKm, distanceToOutlineKm, type OutlineGeometry, type Position } from './geometry';

/**
 * What the map preview says about a point before it is saved. Warnings only: the server accepts
 * any latitude and longitude in range (src/lib/gazetteer.ts), since a place may legitimately sit
 * where the outline or the gazetteer does not expect it; the editor decides.
 */

/**
 * How far outside the outline a point may be before it is called outside Syria. The outline is
 * Natural Earth's 1:10m, generalised to a few hundred metres, and gazetteer coordinates are often
 * given to two decimals (about 1 km): border towns (Tal Abyad, Kessab, Ras al-Ain) fall up to a
 * kilometre outside it. The slips this flag is for (latitude and longitude swapped, a dropped
 * sign, a wrong digit) land tens to hundreds of kilometres away. Within the margin the panel says
 * the point is on the border line instead, without a warning.
 */
export const BORDER_TOLERANCE_KM = 2;

/**
 * A governorate's reach: how far from its centre (its own point, else the middle of its places)
 * its known places lie, never less than MIN_REACH_KM; a point farther than the reach plus
 * REACH_MARGIN_KM is flagged. Syria's governorates range from Quneitra and Tartus (about 1,900 km²,
 * every place within some 45 km of the capital) to Homs (42,000 km², Palmyra 150 km and al-Tanf
 * 240 km from Homs city), so no single distance fits: the reach is learnt from the gazetteer, and
 * grows as places are added. The floor keeps a governorate with few known places from flagging
 * its own towns; the margin allows a place a little beyond the known ones. A digit slipped in a
 * latitude moves a point 111 km, in a longitude about 90 km at Syria's latitude, which a small
 * governorate's limit (75 km) catches; in a large one with many places the limit is wider, and
 * only the outline check remains.
 */
export const MIN_REACH_KM = 50;
export const REACH_MARGIN_KM = 25;

export type Coordinates =
  | { state: 'point'; point: Position }
  | { state: 'missing' }
  | { state: 'partial' }
  | { state: 'invalid' };

const isBlank = (value: unknown) => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** A latitude and longitude as the edit form holds them (numbers, strings, or empty). */
export function readCoordinates(latitude: unknown, longitude: unknown): Coordinates {
  if (isBlank(latitude) && isBlank(longitude)) return { state: 'missing' };
  if (isBlank(latitude) || isBlank(longitude)) return { state: 'partial' };
  const lat = typeof latitude === 'string' ? Number(latitude.trim()) : Number(latitude);
  const lon = typeof longitude === 'string' ? Number(longitude.trim()) : Number(longitude);
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return { state: 'invalid' };
  return { state: 'point', point: [lon, lat] };
}

export type MapFlag =
  /** An incident without a place. */
  | { kind: 'no-location' }
  | { kind: 'missing-coordinates' }
  | { kind: 'partial-coordinates' }
  | { kind: 'invalid-coordinates' }
  | { kind: 'outside-syria'; distanceKm: number }
  /** Outside the outline by less than BORDER_TOLERANCE_KM: a note, not a warning. */
  | { kind: 'on-border'; distanceKm: number }
  | { kind: 'far-from-governorate'; distanceKm: number; limitKm: number }
  /** No governorate found above the place (no parent): a note, nothing to compare with. */
  | { kind: 'no-governorate' };

export const isWarning = (flag: MapFlag) => flag.kind !== 'on-border' && flag.kind !== 'no-governorate';

/** The point a governorate is measured from: its own, else the middle of its places' points. */
export function governorateCentre(own: Position | null, places: Position[]): Position | null {
  if (own) return own;
  if (places.length === 0) return null;
  const sum = places.reduce<Position>((total, [longitude, latitude]) => [total[0] + longitude, total[1] + latitude], [0, 0]);
  return [sum[0] / places.length, sum[1] / places.length];
}

export interface Reach {
  centre: Position;
  /** The farthest known place from the centre, at least MIN_REACH_KM. */
  reachKm: number;
  /** Beyond this distance from the centre a point is flagged. */
  limitKm: number;
}

export function governorateReach(own: Position | null, places: Position[]): Reach | null {
  const centre = governorateCentre(own, places);
  if (!centre) return null;
  const reachKm = Math.max(MIN_REACH_KM, ...places.map((place) => distanceKm(centre, place)));
  return { centre, reachKm, limitKm: reachKm + REACH_MARGIN_KM };
}

export interface CheckInput {
  outline: OutlineGeometry;
  coordinates: Coordinates;
  /**
   * The place's governorate: its own point and the points of its other places (not the entry
   * itself). `self` when the entry is the governorate; null when none was found above it;
   * undefined while it is not known (still loading, or could not be read): no comparison is made.
   */
  governorate: 'self' | { point: Position | null; places: Position[] } | null | undefined;
}

export function checkPoint({ outline, coordinates, governorate }: CheckInput): MapFlag[] {
  if (coordinates.state === 'missing') return [{ kind: 'missing-coordinates' }];
  if (coordinates.state === 'partial') return [{ kind: 'partial-coordinates' }];
  if (coordinates.state === 'invalid') return [{ kind: 'invalid-coordinates' }];
  const { point } = coordinates;
  const flags: MapFlag[] = [];

  if (!contains(outline, point)) {
    const beyond = distanceToOutlineKm(outline, point);
    flags.push(beyond > BORDER_TOLERANCE_KM ? { kind: 'outside-syria', distanceKm: beyond } : { kind: 'on-border', distanceKm: beyond });
  }

  if (governorate === null) {
    flags.push({ kind: 'no-governorate' });
  } else if (governorate !== undefined && governorate !== 'self') {
    const reach = governorateReach(governorate.point, governorate.places);
    if (reach) {
      const distance = distanceKm(reach.centre, point);
      if (distance > reach.limitKm) flags.push({ kind: 'far-from-governorate', distanceKm: distance, limitKm: reach.limitKm });
    }
  }
  return flags;
}

/**
 * The place a to-one relation of the edit form points at. The form holds only what the editor
 * changed since the last save ({ connect, disconnect }); the saved value is read from the server.
 */
export type RelationChoice = { kind: 'saved' } | { kind: 'none' } | { kind: 'chosen'; documentId: string };

export function relationChoice(value: unknown): RelationChoice {
  const { connect, disconnect } = (value && typeof value === 'object' ? value : {}) as { connect?: unknown; disconnect?: unknown };
  if (Array.isArray(connect) && connect.length > 0) {
    // The Content Manager keeps the chosen document's id under `apiData` (its top level holds the
    // row id, the label and the main field's value).
    const last = connect[connect.length - 1] as { documentId?: unknown; apiData?: { documentId?: unknown } };
    const documentId = last?.apiData?.documentId ?? last?.documentId;
    if (typeof documentId === 'string') return { kind: 'chosen', documentId };
  }
  if (Array.isArray(disconnect) && disconnect.length > 0) return { kind: 'none' };
  return { kind: 'saved' };
}
