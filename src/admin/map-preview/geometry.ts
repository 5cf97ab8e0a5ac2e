/**
 * The map preview's geometry, free of React and Strapi so it is unit-tested on its own
 * (tests/unit/map-preview.test.ts): a projection fitted to an outline, SVG paths, point in polygon
 * and distances. Coordinates are GeoJSON's [longitude, latitude], in degrees.
 */

export type Position = [longitude: number, latitude: number];
export type OutlineGeometry = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };

export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const RADIANS = Math.PI / 180;

/** The polygons of an outline, each a list of rings (the first the exterior, the others holes). */
export const polygonsOf = (geometry: OutlineGeometry): Position[][][] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

export function boundsOf(geometry: OutlineGeometry): Bounds {
  const bounds = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const polygon of polygonsOf(geometry)) {
    for (const [longitude, latitude] of polygon[0]) {
      bounds.west = Math.min(bounds.west, longitude);
      bounds.east = Math.max(bounds.east, longitude);
      bounds.south = Math.min(bounds.south, latitude);
      bounds.north = Math.max(bounds.north, latitude);
    }
  }
  return bounds;
}

export interface Projection {
  width: number;
  height: number;
  /** Screen coordinates (x right, y down) of a point; outside the frame for a point beyond it. */
  project(point: Position): [x: number, y: number];
  /** Whether a projected point lies within the frame. */
  inFrame(xy: [number, number]): boolean;
  /** Pixels per kilometre, north–south (east–west too, at the middle latitude). */
  pixelsPerKm: number;
}

/**
 * An equirectangular projection fitted to `bounds` within `width` pixels, with `padding` on each
 * side: longitudes scaled by the cosine of the middle latitude, so that a country the size of Syria
 * (five degrees of latitude) keeps its shape to within a few percent. North is up; the map is not
 * mirrored in a right-to-left interface, geography has no reading direction.
 */
export function fitProjection(bounds: Bounds, width: number, padding = 8): Projection {
  const squeeze = Math.cos(((bounds.north + bounds.south) / 2) * RADIANS);
  const scale = (width - 2 * padding) / ((bounds.east - bounds.west) * squeeze);
  const height = Math.ceil((bounds.north - bounds.south) * scale + 2 * padding);
  return {
    width,
    height,
    project: ([longitude, latitude]) => [
      padding + (longitude - bounds.west) * squeeze * scale,
      padding + (bounds.north - latitude) * scale,
    ],
    inFrame: ([x, y]) => x >= 0 && x <= width && y >= 0 && y <= height,
    pixelsPerKm: scale / (RADIANS * EARTH_RADIUS_KM),
  };
}

/** An SVG path of the outline (every ring, so holes show with fill-rule="evenodd"). */
export function outlinePath(geometry: OutlineGeometry, projection: Projection): string {
  const round = (value: number) => Math.round(value * 10) / 10;
  return polygonsOf(geometry)
    .flatMap((polygon) =>
      polygon.map(
        (ring) =>
          ring
            .map((point, index) => {
              const [x, y] = projection.project(point);
              return `${index === 0 ? 'M' : 'L'}${round(x)},${round(y)}`;
            })
            .join('') + 'Z',
      ),
    )
    .join('');
}

/** Whether a point is inside a ring, by the even-odd rule (a point exactly on an edge may go either way). */
function inRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * Whether a point lies inside the outline: inside one polygon's exterior ring and none of its holes.
 * Planar in degrees, which is exact enough at Syria's size (edges are at most a few kilometres long).
 */
export function contains(geometry: OutlineGeometry, point: Position): boolean {
  return polygonsOf(geometry).some(
    ([exterior, ...holes]) => inRing(point, exterior) && !holes.some((hole) => inRing(point, hole)),
  );
}

/** Great-circle distance, in kilometres. */
export function distanceKm([longitude1, latitude1]: Position, [longitude2, latitude2]: Position): number {
  const dLatitude = (latitude2 - latitude1) * RADIANS;
  const dLongitude = (longitude2 - longitude1) * RADIANS;
  const a =
    Math.sin(dLatitude / 2) ** 2 +
    Math.cos(latitude1 * RADIANS) * Math.cos(latitude2 * RADIANS) * Math.sin(dLongitude / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Distance from a point to the nearest edge of the outline, in kilometres, on a plane tangent at
 * the point: exact to a fraction of a percent within a few hundred kilometres, which is where the
 * figure matters (is a point just across the border line, or far beyond it).
 */
export function distanceToOutlineKm(geometry: OutlineGeometry, point: Position): number {
  const kx = Math.cos(point[1] * RADIANS) * RADIANS * EARTH_RADIUS_KM;
  const ky = RADIANS * EARTH_RADIUS_KM;
  let nearest = Infinity;
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const ax = (ring[i - 1][0] - point[0]) * kx;
        const ay = (ring[i - 1][1] - point[1]) * ky;
        const dx = (ring[i][0] - point[0]) * kx - ax;
        const dy = (ring[i][1] - point[1]) * ky - ay;
        const length = dx * dx + dy * dy;
        const t = length === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length));
        nearest = Math.min(nearest, Math.hypot(ax + t * dx, ay + t * dy));
      }
    }
  }
  return nearest;
}

/** Where a point is drawn: its place, or pulled onto the frame's edge (`clamped`) when beyond it. */
export function marker(projection: Projection, point: Position, inset = 5): { x: number; y: number; clamped: boolean } {
  const [x, y] = projection.project(point);
  const cx = Math.min(projection.width - inset, Math.max(inset, x));
  const cy = Math.min(projection.height - inset, Math.max(inset, y));
  return { x: cx, y: cy, clamped: cx !== x || cy !== y };
}

/** The bounds of a circle of `radiusKm` around a point. */
export function circleBounds([longitude, latitude]: Position, radiusKm: number): Bounds {
  const dLatitude = radiusKm / (RADIANS * EARTH_RADIUS_KM);
  const dLongitude = dLatitude / Math.max(0.01, Math.cos(latitude * RADIANS));
  return { west: longitude - dLongitude, east: longitude + dLongitude, south: latitude - dLatitude, north: latitude + dLatitude };
}

/** The smallest bounds holding all of `bounds` and `points`. */
export function unionBounds(bounds: Bounds[], points: Position[] = []): Bounds {
  const all = [...bounds, ...points.map(([longitude, latitude]) => ({ west: longitude, east: longitude, south: latitude, north: latitude }))];
  return {
    west: Math.min(...all.map((b) => b.west)),
    east: Math.max(...all.map((b) => b.east)),
    south: Math.min(...all.map((b) => b.south)),
    north: Math.max(...all.map((b) => b.north)),
  };
}
