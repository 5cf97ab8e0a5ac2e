import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Core } from '@strapi/strapi';
import { stringify } from 'csv-stringify';
import { seeded } from './random';

/**
 * An ACLED-style export (the 31 columns of its codebook) of `rows` events at the places of the
 * benchmark gazetteer, with ACLED's own words for event types and actors (those of
 * config/data-exchange.ts) and about 5 % protests, which the import skips. Deterministic for a seed.
 */
export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1',
  'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting', 'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location',
  'latitude', 'longitude', 'geo_precision', 'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
];

const EVENTS: [eventType: string, subEventType: string, weight: number][] = [
  ['Explosions/Remote violence', 'Air/drone strike', 45],
  ['Explosions/Remote violence', 'Shelling/artillery/missile attack', 45],
  ['Explosions/Remote violence', 'Chemical weapon', 5],
  ['Protests', 'Peaceful protest', 5],
];
const ACTORS = ['Military Forces of Syria (2000-2024)', 'Military Forces of Russia (2000-)', 'Military Forces of the United States (2017-2021)'];
const SOURCES = Array.from({ length: 40 }, (_, n) => `Local monitoring network ${n + 1}`);

interface Place {
  name: string;
  governorate: string;
  latitude: number;
  longitude: number;
}

/** Towns and villages of the gazetteer with their governorate's name, as ACLED's admin1 gives it. */
export async function placesForEvents(strapi: Core.Strapi): Promise<Place[]> {
  const rows: any[] = await strapi.db.query('api::location.location').findMany({
    where: { locale: 'en', level: { $notIn: ['governorate', 'district', 'sub-district'] } },
    select: ['name', 'latitude', 'longitude'],
    populate: { parent: { select: ['name', 'level'], populate: { parent: { select: ['name', 'level'] } } } },
  });
  const governorateOf = (row: any): string => (row.parent?.level === 'governorate' ? row.parent.name : row.parent?.parent?.name ?? '');
  return rows.map((row) => ({ name: row.name, governorate: governorateOf(row), latitude: Number(row.latitude), longitude: Number(row.longitude) }));
}

export async function writeAcledFile(file: string, rows: number, places: Place[], seed = 20170410): Promise<void> {
  const random = seeded(seed);
  const out = stringify({ header: true, columns: ACLED_COLUMNS });
  const sink = createWriteStream(file);
  out.pipe(sink);
  const start = Date.UTC(2012, 0, 1);
  const span = Date.UTC(2024, 11, 31) - start;
  for (let n = 1; n <= rows; n++) {
    const [eventType, subEventType] = EVENTS[random.weighted(EVENTS.map(([, , weight]) => weight))];
    const place = random.pick(places);
    const date = new Date(start + Math.floor(random.next() * span)).toISOString().slice(0, 10);
    const record = {
      event_id_cnty: `SYR${n}`,
      event_date: date,
      year: date.slice(0, 4),
      time_precision: String(random.weighted([80, 15, 5]) + 1),
      disorder_type: eventType === 'Protests' ? 'Demonstrations' : 'Political violence',
      event_type: eventType,
      sub_event_type: subEventType,
      actor1: eventType === 'Protests' ? 'Protesters (Syria)' : random.pick(ACTORS),
      assoc_actor_1: '',
      inter1: 'State forces',
      actor2: 'Civilians (Syria)',
      assoc_actor_2: '',
      inter2: 'Civilians',
      interaction: 'State forces-Civilians',
      civilian_targeting: 'Civilian targeting',
      iso: '760',
      region: 'Middle East',
      country: 'Syria',
      admin1: place.governorate,
      admin2: '',
      admin3: '',
      location: place.name,
      latitude: place.latitude.toFixed(4),
      longitude: place.longitude.toFixed(4),
      geo_precision: String(random.weighted([70, 20, 10]) + 1),
      source: random.sample(SOURCES, random.int(1, 2)).join('; '),
      source_scale: 'Local partner-Other',
      notes: `On ${date}, ${subEventType.toLowerCase()} hit ${place.name} (${place.governorate}). Casualties reported by local monitors.`,
      fatalities: String(random.chance(0.4) ? 0 : random.int(1, 40)),
      tags: '',
      timestamp: '1700000000',
    };
    if (!out.write(record)) await once(out, 'drain');
  }
  out.end();
  await once(sink, 'finish');
}
