import demoLocations from '../../data/demo/locations.json';
import {
  BORDER_TOLERANCE_KM,
  MIN_REACH_KM,
  REACH_MARGIN_KM,
  checkPoint,
  governorateReach,
  isWarning,
  readCoordinates,
  relationChoice,
  type Coordinates,
  type MapFlag,
} from '../../src/admin/map-preview/checks';
import {
  boundsOf,
  circleBounds,
  contains,
  distanceKm,
  distanceToOutlineKm,
  fitProjection,
  marker,
  outlinePath,
  unionBounds,
  type OutlineGeometry,
  type Position,
} from '../../src/admin/map-preview/geometry';
import syriaOutline from '../../src/admin/map-preview/syria-outline.json';

/** The map preview's pure logic: projection, containment, distances and the flags shown before saving. */
const syria = syriaOutline.geometry as OutlineGeometry;
const at = (latitude: number, longitude: number): Coordinates => ({ state: 'point', point: [longitude, latitude] });
const kinds = (flags: MapFlag[]) => flags.map((flag) => flag.kind);

const PLACES: Record<string, [latitude: number, longitude: number]> = {
  Damascus: [33.513, 36.292],
  Aleppo: [36.202, 37.134],
  'Deir ez-Zor': [35.336, 40.14],
  Qamishli: [37.052, 41.222],
  Latakia: [35.523, 35.792],
  Daraa: [32.626, 36.106],
  Palmyra: [34.56, 38.267],
  'Abu Kamal': [34.452, 40.918],
};
const ABROAD: Record<string, [number, number]> = {
  Beirut: [33.894, 35.502],
  Amman: [31.954, 35.911],
  Baghdad: [33.315, 44.366],
  Gaziantep: [37.066, 37.383],
  Kilis: [36.718, 37.121],
  Haifa: [32.794, 34.989],
};

describe("Syria's outline", () => {
  test('is one polygon around Syria, closed, from world-atlas', () => {
    expect(syriaOutline.id).toBe('760');
    expect(syriaOutline.properties.source).toMatch(/^world-atlas@\d+\.\d+\.\d+ countries-10m\.json/);
    expect(syria.type).toBe('Polygon');
    const [ring] = syria.coordinates as Position[][];
    expect(ring.length).toBeGreaterThan(500);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    const bounds = boundsOf(syria);
    expect(bounds.west).toBeCloseTo(35.72, 1);
    expect(bounds.east).toBeCloseTo(42.38, 1);
    expect(bounds.south).toBeCloseTo(32.31, 1);
    expect(bounds.north).toBeCloseTo(37.32, 1);
  });

  test.each(Object.entries(PLACES))('contains %s', (_name, [latitude, longitude]) => {
    expect(contains(syria, [longitude, latitude])).toBe(true);
  });

  test.each(Object.entries(ABROAD))('does not contain %s', (_name, [latitude, longitude]) => {
    expect(contains(syria, [longitude, latitude])).toBe(false);
  });

  test('contains every place of the demo gazetteer', () => {
    for (const place of demoLocations) expect([place.name.en, contains(syria, [place.longitude, place.latitude])]).toEqual([place.name.en, true]);
  });
});

describe('geometry', () => {
  const square: Position[] = [
    [0, 0],
    [10, 0],
    [10, 10],
    [0, 10],
    [0, 0],
  ];
  const hole: Position[] = [
    [4, 4],
    [6, 4],
    [6, 6],
    [4, 6],
    [4, 4],
  ];

  test('a point in a hole is outside; MultiPolygon parts each count', () => {
    const withHole: OutlineGeometry = { type: 'Polygon', coordinates: [square, hole] };
    expect(contains(withHole, [2, 2])).toBe(true);
    expect(contains(withHole, [5, 5])).toBe(false);
    expect(contains(withHole, [11, 5])).toBe(false);
    const two: OutlineGeometry = {
      type: 'MultiPolygon',
      coordinates: [[square], [square.map(([x, y]) => [x + 20, y] as Position)]],
    };
    expect(contains(two, [25, 5])).toBe(true);
    expect(contains(two, [15, 5])).toBe(false);
  });

  test('great-circle distances', () => {
    const [dLat, dLon] = PLACES.Damascus;
    const [aLat, aLon] = PLACES.Aleppo;
    // Damascus to Aleppo is about 310 km as the crow flies.
    expect(distanceKm([dLon, dLat], [aLon, aLat])).toBeGreaterThan(300);
    expect(distanceKm([dLon, dLat], [aLon, aLat])).toBeLessThan(320);
    // One degree of latitude is 111.2 km.
    expect(distanceKm([36, 35], [36, 36])).toBeCloseTo(111.2, 0);
    expect(distanceKm([36, 35], [36, 35])).toBe(0);
  });

  test('distance to the outline: to the nearest edge, inside or out', () => {
    const box: OutlineGeometry = { type: 'Polygon', coordinates: [square.map(([x, y]) => [x / 10, y / 10] as Position)] };
    // 0.1° of longitude east of the box's east edge, on the equator: 11.1 km.
    expect(distanceToOutlineKm(box, [1.1, 0.5])).toBeCloseTo(11.1, 0);
    // Inside, 0.45° north of the south edge: 50 km.
    expect(distanceToOutlineKm(box, [0.5, 0.45])).toBeCloseTo(0.45 * 111.2, 0);
    const [kLat, kLon] = ABROAD.Kilis;
    // Kilis, in Turkey, is some 7 km north of the border.
    expect(distanceToOutlineKm(syria, [kLon, kLat])).toBeGreaterThan(5);
    expect(distanceToOutlineKm(syria, [kLon, kLat])).toBeLessThan(10);
  });

  test('the projection fits the outline in the frame, north up and west left', () => {
    const projection = fitProjection(boundsOf(syria), 280, 8);
    expect(projection.width).toBe(280);
    // Syria is about as tall as it is wide once longitudes are scaled by cos(35°).
    expect(projection.height).toBeGreaterThan(240);
    expect(projection.height).toBeLessThan(280);
    for (const point of (syria.coordinates as Position[][])[0]) expect(projection.inFrame(projection.project(point))).toBe(true);
    const xy = (name: string) => projection.project([PLACES[name][1], PLACES[name][0]]);
    expect(xy('Aleppo')[1]).toBeLessThan(xy('Damascus')[1]);
    expect(xy('Latakia')[0]).toBeLessThan(xy('Deir ez-Zor')[0]);
    expect(projection.inFrame(projection.project([ABROAD.Baghdad[1], ABROAD.Baghdad[0]]))).toBe(false);
    // The bounds' corners land on the padding.
    expect(projection.project([boundsOf(syria).west, boundsOf(syria).north])).toEqual([8, 8]);
  });

  test('the outline path is one closed SVG subpath per ring', () => {
    const path = outlinePath(syria, fitProjection(boundsOf(syria), 280));
    expect(path).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+Z$/);
    const box: OutlineGeometry = { type: 'Polygon', coordinates: [square, hole] };
    expect(outlinePath(box, fitProjection(boundsOf(box), 100, 0)).match(/Z/g)).toHaveLength(2);
  });
});

describe('the closer view', () => {
  test('a circle of 111.2 km spans a degree of latitude each way, more of longitude', () => {
    const bounds = circleBounds([36.63, 35.93], 111.195);
    expect(bounds.north - 35.93).toBeCloseTo(1, 3);
    expect(35.93 - bounds.south).toBeCloseTo(1, 3);
    expect(bounds.east - 36.63).toBeCloseTo(1 / Math.cos((35.93 * Math.PI) / 180), 3);
  });

  test('bounds hold every bound and point given', () => {
    expect(unionBounds([{ west: 36, east: 37, south: 35, north: 36 }], [[38, 34.5]])).toEqual({ west: 36, east: 38, south: 34.5, north: 36 });
  });

  test('a circle drawn with pixelsPerKm fills the frame it was fitted to', () => {
    const centre: Position = [36.63, 35.93];
    const projection = fitProjection(circleBounds(centre, 75), 200, 0);
    // Round: as tall as it is wide, and its diameter is the frame's width.
    expect(Math.abs(projection.height - 200)).toBeLessThan(3);
    expect(Math.abs(75 * projection.pixelsPerKm * 2 - 200)).toBeLessThan(2);
  });

  test('a point beyond the frame is drawn on its edge, marked as such', () => {
    const projection = fitProjection(boundsOf(syria), 280, 8);
    expect(marker(projection, [38, 35])).toEqual(expect.objectContaining({ clamped: false }));
    const far = marker(projection, [ABROAD.Baghdad[1], ABROAD.Baghdad[0]]);
    expect(far).toEqual({ x: 275, y: expect.any(Number), clamped: true });
    expect(far.y).toBeGreaterThan(5);
    expect(far.y).toBeLessThan(projection.height - 5);
  });
});

describe('coordinates from the edit form', () => {
  test.each([
    [35.44, 36.65, { state: 'point', point: [36.65, 35.44] }],
    ['35.44', ' 36.65 ', { state: 'point', point: [36.65, 35.44] }],
    [0, 0, { state: 'point', point: [0, 0] }],
    [null, null, { state: 'missing' }],
    ['', undefined, { state: 'missing' }],
    [35.44, '', { state: 'partial' }],
    [null, 36.65, { state: 'partial' }],
    ['north', 36.65, { state: 'invalid' }],
    [95, 36.65, { state: 'invalid' }],
    [35, -181, { state: 'invalid' }],
  ])('latitude %p, longitude %p', (latitude, longitude, expected) => {
    expect(readCoordinates(latitude, longitude)).toEqual(expected);
  });
});

describe("a relation's value in the edit form", () => {
  test('unchanged since the last save: the saved value counts', () => {
    expect(relationChoice(undefined)).toEqual({ kind: 'saved' });
    expect(relationChoice({ connect: [], disconnect: [] })).toEqual({ kind: 'saved' });
    expect(relationChoice({ count: 1 })).toEqual({ kind: 'saved' });
  });

  test('a place chosen (replacing the saved one, or not), or the saved one removed', () => {
    // As the Content Manager's relation field writes it (Strapi 5.54).
    const homs = { id: 4, apiData: { id: 4, documentId: 'abc', locale: 'en', isTemporary: true }, name: 'Homs', label: 'Homs', href: '../x' };
    expect(relationChoice({ connect: [homs], disconnect: [{ id: 3, apiData: { id: 3, documentId: 'def' } }] })).toEqual({
      kind: 'chosen',
      documentId: 'abc',
    });
    expect(relationChoice({ connect: [{ documentId: 'a' }, { documentId: 'b' }] })).toEqual({ kind: 'chosen', documentId: 'b' });
    expect(relationChoice({ connect: [], disconnect: [{ id: 3 }] })).toEqual({ kind: 'none' });
  });
});

describe('flags before saving', () => {
  // The demo's Idlib governorate: its point, and the points of its places but Khan Sheikhoun.
  const idlib = demoLocations.find((place) => place.name.en === 'Idlib')!;
  const idlibPoint: Position = [idlib.longitude, idlib.latitude];
  const idlibPlaces = demoLocations
    .filter((place) => place.parent === 'Idlib' && place.name.en !== 'Khan Sheikhoun')
    .map((place): Position => [place.longitude, place.latitude]);
  const inIdlib = { point: idlibPoint, places: idlibPlaces };

  test('Khan Sheikhoun where it is: nothing to say', () => {
    expect(checkPoint({ outline: syria, coordinates: at(35.44, 36.65), governorate: inIdlib })).toEqual([]);
  });

  test('missing, half-given or unreadable coordinates', () => {
    expect(kinds(checkPoint({ outline: syria, coordinates: { state: 'missing' }, governorate: inIdlib }))).toEqual(['missing-coordinates']);
    expect(kinds(checkPoint({ outline: syria, coordinates: { state: 'partial' }, governorate: inIdlib }))).toEqual(['partial-coordinates']);
    expect(kinds(checkPoint({ outline: syria, coordinates: { state: 'invalid' }, governorate: inIdlib }))).toEqual(['invalid-coordinates']);
  });

  test('latitude and longitude swapped: outside Syria (in Turkey), and far from Idlib', () => {
    const flags = checkPoint({ outline: syria, coordinates: at(36.65, 35.44), governorate: inIdlib });
    expect(kinds(flags)).toEqual(['outside-syria', 'far-from-governorate']);
    expect(flags.every(isWarning)).toBe(true);
    expect((flags[0] as { distanceKm: number }).distanceKm).toBeGreaterThan(20);
  });

  test('a point in Lebanon, a point in the sea', () => {
    expect(kinds(checkPoint({ outline: syria, coordinates: at(...ABROAD.Beirut), governorate: 'self' }))).toEqual(['outside-syria']);
    expect(kinds(checkPoint({ outline: syria, coordinates: at(35.5, 35.5), governorate: 'self' }))).toEqual(['outside-syria']);
  });

  test(`a border town up to ${BORDER_TOLERANCE_KM} km outside the outline is on the border line, not outside`, () => {
    // Tal Abyad, whose southern half is Syrian, lies half a kilometre north of Natural Earth's line.
    const flags = checkPoint({ outline: syria, coordinates: at(36.6975, 38.9567), governorate: 'self' });
    expect(kinds(flags)).toEqual(['on-border']);
    expect(flags.some(isWarning)).toBe(false);
  });

  test('inside Syria but in another governorate: far from its own', () => {
    // Khan Sheikhoun typed with Damascus's coordinates: about 220 km from Idlib city.
    const flags = checkPoint({ outline: syria, coordinates: at(...PLACES.Damascus), governorate: inIdlib });
    expect(kinds(flags)).toEqual(['far-from-governorate']);
    const far = flags[0] as Extract<MapFlag, { kind: 'far-from-governorate' }>;
    expect(far.distanceKm).toBeGreaterThan(200);
    expect(far.limitKm).toBe(MIN_REACH_KM + REACH_MARGIN_KM);
    // A slip of one degree of latitude (34.44 for 35.44) is caught too.
    expect(kinds(checkPoint({ outline: syria, coordinates: at(34.44, 36.65), governorate: inIdlib }))).toEqual(['far-from-governorate']);
  });

  test('a governorate is not compared with itself; a place without one gets a note', () => {
    expect(checkPoint({ outline: syria, coordinates: at(35.93, 36.63), governorate: 'self' })).toEqual([]);
    const flags = checkPoint({ outline: syria, coordinates: at(35.93, 36.63), governorate: null });
    expect(kinds(flags)).toEqual(['no-governorate']);
    expect(flags.some(isWarning)).toBe(false);
  });

  test('no demo place is flagged against its governorate', () => {
    for (const place of demoLocations.filter((candidate) => candidate.parent)) {
      const parent = demoLocations.find((candidate) => candidate.name.en === place.parent)!;
      const siblings = demoLocations
        .filter((candidate) => candidate.parent === place.parent && candidate !== place)
        .map((candidate): Position => [candidate.longitude, candidate.latitude]);
      const flags = checkPoint({
        outline: syria,
        coordinates: at(place.latitude, place.longitude),
        governorate: { point: [parent.longitude, parent.latitude], places: siblings },
      });
      expect([place.name.en, flags]).toEqual([place.name.en, []]);
    }
  });
});

describe("a governorate's reach", () => {
  const homs: Position = [36.72, 34.73];
  const palmyra: Position = [38.267, 34.56];

  test(`is at least ${MIN_REACH_KM} km, plus a ${REACH_MARGIN_KM} km margin`, () => {
    expect(governorateReach(homs, [])).toEqual({ centre: homs, reachKm: MIN_REACH_KM, limitKm: MIN_REACH_KM + REACH_MARGIN_KM });
  });

  test('grows with the places the gazetteer knows', () => {
    const reach = governorateReach(homs, [palmyra])!;
    expect(reach.reachKm).toBeCloseTo(distanceKm(homs, palmyra), 6);
    expect(reach.reachKm).toBeGreaterThan(140);
    // With Palmyra known, a place in the desert 150 km from Homs city is not flagged.
    expect(checkPoint({ outline: syria, coordinates: at(34.5, 38.3), governorate: { point: homs, places: [palmyra] } })).toEqual([]);
    // Without it, it is: the governorate's known places do not reach that far.
    expect(kinds(checkPoint({ outline: syria, coordinates: at(34.5, 38.3), governorate: { point: homs, places: [] } }))).toEqual([
      'far-from-governorate',
    ]);
  });

  test('is measured from the middle of the places when the governorate has no point', () => {
    const reach = governorateReach(null, [
      [36, 35],
      [37, 35],
    ])!;
    expect(reach.centre).toEqual([36.5, 35]);
    expect(governorateReach(null, [])).toBeNull();
  });
});
