#!/usr/bin/env node
/**
 * Writes Syria's outline for the admin panel's map preview (src/admin/map-preview/syria-outline.json)
 * from world-atlas (Natural Earth's 1:10m countries, as TopoJSON) with topojson-client: Syria is the
 * geometry with id "760" (ISO 3166-1 numeric). Coordinates are rounded to 4 decimals (about 11 m,
 * well below the data's own accuracy) and repeated points dropped, so the file is small and the
 * same on every machine. Nothing is downloaded: world-atlas ships the data.
 *
 *   node scripts/extract-syria-outline.js           writes the file
 *   node scripts/extract-syria-outline.js --check   exits 1 if the committed file differs
 *   node scripts/extract-syria-outline.js --stdout  prints what it would write
 */
const fs = require('node:fs');
const path = require('node:path');

const SYRIA_ID = '760';
const RESOLUTION = '10m';
const DECIMALS = 4;
const OUTPUT = path.join(__dirname, '..', 'src', 'admin', 'map-preview', 'syria-outline.json');

function extract() {
  const { feature } = require('topojson-client');
  const topology = require(`world-atlas/countries-${RESOLUTION}.json`);
  const { version } = require('world-atlas/package.json');
  const geometry = topology.objects.countries.geometries.find((candidate) => String(candidate.id) === SYRIA_ID);
  if (!geometry) throw new Error(`world-atlas@${version} countries-${RESOLUTION}.json has no geometry with id ${SYRIA_ID}`);
  const { geometry: shape } = feature(topology, geometry);

  const factor = 10 ** DECIMALS;
  const round = (value) => Math.round(value * factor) / factor;
  const cleanRing = (ring) => {
    const points = [];
    for (const [longitude, latitude] of ring) {
      const point = [round(longitude), round(latitude)];
      const last = points[points.length - 1];
      if (!last || last[0] !== point[0] || last[1] !== point[1]) points.push(point);
    }
    const [first] = points;
    const last = points[points.length - 1];
    if (first[0] !== last[0] || first[1] !== last[1]) points.push([...first]);
    return points;
  };
  const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  const cleaned = polygons.map((polygon) => polygon.map(cleanRing));

  return {
    type: 'Feature',
    id: SYRIA_ID,
    properties: {
      name: geometry.properties?.name ?? 'Syria',
      source: `world-atlas@${version} countries-${RESOLUTION}.json (Natural Earth 1:10m, public domain), id ${SYRIA_ID}`,
      generatedBy: 'scripts/extract-syria-outline.js',
    },
    geometry:
      cleaned.length === 1 ? { type: 'Polygon', coordinates: cleaned[0] } : { type: 'MultiPolygon', coordinates: cleaned },
  };
}

/** JSON with one point per line, so that a change of the data reads as a diff. */
function serialize(outline) {
  const { geometry, ...rest } = outline;
  const ring = (points, indent) => `[\n${points.map((point) => `${indent}  [${point[0]},${point[1]}]`).join(',\n')}\n${indent}]`;
  const polygon = (rings, indent) => `[\n${rings.map((r) => `${indent}  ${ring(r, `${indent}  `)}`).join(',\n')}\n${indent}]`;
  const coordinates =
    geometry.type === 'Polygon'
      ? polygon(geometry.coordinates, '    ')
      : `[\n${geometry.coordinates.map((p) => `      ${polygon(p, '      ')}`).join(',\n')}\n    ]`;
  const head = JSON.stringify(rest, null, 2).replace(/\n}$/, '');
  return `${head},\n  "geometry": {\n    "type": "${geometry.type}",\n    "coordinates": ${coordinates}\n  }\n}\n`;
}

function main(argv) {
  const text = serialize(extract());
  if (argv.includes('--stdout')) {
    process.stdout.write(text);
  } else if (argv.includes('--check')) {
    const current = fs.existsSync(OUTPUT) ? fs.readFileSync(OUTPUT, 'utf8') : '';
    if (current !== text) {
      console.error(`${path.relative(process.cwd(), OUTPUT)} is not what this script produces; run node scripts/extract-syria-outline.js`);
      process.exit(1);
    }
    console.log(`${path.relative(process.cwd(), OUTPUT)} is up to date.`);
  } else {
    fs.writeFileSync(OUTPUT, text);
    console.log(`Wrote ${path.relative(process.cwd(), OUTPUT)} (${text.length} bytes).`);
  }
}

if (require.main === module) main(process.argv.slice(2));

module.exports = { extract, serialize, OUTPUT };
