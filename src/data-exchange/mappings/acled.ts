import { ACTOR, INCIDENT, INCIDENT_TYPE, SOURCE, WEAPON } from '../../uids';
import type { ImportRecord, Reference } from '../import/types';
import type { Mapping, MappingContext } from './mapping';

/**
 * ACLED's export (the 31 columns of its current codebook). Each event is an incident whose
 * external id is `event_id_cnty`, so a later export of the same events updates what it finds;
 * `fatalities` is ACLED's lowest reported figure, so it is the minimum killed; the precision codes
 * are ACLED's 1/2/3; event types and actors reach our vocabularies through config/data-exchange.ts
 * or the terms' aliases; places are the gazetteer's, found by the same folding and aliases as the
 * incident linker uses, the row's admin1-3 choosing between places of one name. Events of the
 * types the settings leave out (protests, riots, strategic developments) are skipped.
 */
const COLUMNS: { name: string; required?: boolean; description: string }[] = [
  { name: 'event_id_cnty', required: true, description: 'The event id: the incident’s external id' },
  { name: 'event_date', required: true, description: 'The date (YYYY-MM-DD or "9 April 2017")' },
  { name: 'year', description: 'Not imported: the date has it' },
  { name: 'time_precision', required: true, description: '1 day, 2 week, 3 month → date precision' },
  { name: 'disorder_type', description: 'Not imported' },
  { name: 'event_type', required: true, description: 'Event type; protests, riots and strategic developments are skipped' },
  { name: 'sub_event_type', required: true, description: 'Sub-event type → incident type (and weapons), through config/data-exchange.ts or the terms’ aliases' },
  { name: 'actor1', required: true, description: 'The perpetrator (alleged), through config/data-exchange.ts or the actors’ aliases' },
  { name: 'assoc_actor_1', description: 'Associated actors, separated by ; (alleged perpetrators too)' },
  { name: 'inter1', description: 'Not imported' },
  { name: 'actor2', description: 'Not imported: the victims or the other side' },
  { name: 'assoc_actor_2', description: 'Not imported' },
  { name: 'inter2', description: 'Not imported' },
  { name: 'interaction', description: 'Not imported' },
  { name: 'civilian_targeting', description: 'Not imported' },
  { name: 'iso', description: 'Not imported' },
  { name: 'region', description: 'Not imported' },
  { name: 'country', description: 'Not imported' },
  { name: 'admin1', description: 'Governorate: tells apart places of one name' },
  { name: 'admin2', description: 'District: tells apart places of one name' },
  { name: 'admin3', description: 'Sub-district: tells apart places of one name' },
  { name: 'location', required: true, description: 'The place, found in the gazetteer by name or alias' },
  { name: 'latitude', description: 'Not imported: the gazetteer’s point is used' },
  { name: 'longitude', description: 'Not imported: the gazetteer’s point is used' },
  { name: 'geo_precision', required: true, description: '1 town, 2 near, 3 region → location precision' },
  { name: 'source', description: 'Sources, separated by ; : found by title, or created' },
  { name: 'source_scale', description: 'Not imported' },
  { name: 'notes', description: 'The description' },
  { name: 'fatalities', required: true, description: 'The lowest reported number killed' },
  { name: 'tags', description: 'Not imported' },
  { name: 'timestamp', description: 'Not imported' },
];

const DATE_PRECISION = { '1': 'day', '2': 'week', '3': 'month' } as const;
const LOCATION_PRECISION = { '1': 'town', '2': 'near', '3': 'district' } as const;

export const acledMapping: Mapping = {
  name: 'acled',
  label: 'ACLED events',
  description: 'An ACLED export (CSV or XLSX, the 31 columns of its codebook): one incident per event, updated by event_id_cnty on a later import.',
  types: [SOURCE, INCIDENT],
  columns: COLUMNS,
  toRecords({ read, row, settings, skip }: MappingContext): ImportRecord[] {
    const table = settings.acled;
    const eventType = read.text('event_type') ?? '';
    if (table.skipEventTypes.includes(eventType)) {
      skip(`event type ${eventType}`);
      return [];
    }
    const subEventType = read.text('sub_event_type') ?? '';
    const typeOf = (value: string): Reference => ({ $ref: 'term', uid: INCIDENT_TYPE, value: table.incidentTypes[value] ?? value, column: 'sub_event_type' });
    const actorOf = (value: string, column: string): Reference => ({ $ref: 'term', uid: ACTOR, value: table.actors[value] ?? value, column });
    const actors = [
      ...(read.text('actor1') ? [actorOf(read.text('actor1')!, 'actor1')] : []),
      ...read.list('assoc_actor_1').map((name) => actorOf(name, 'assoc_actor_1')),
    ];
    const sourceNames = read.list('source');
    const sources: ImportRecord[] = sourceNames.map((name) => ({
      row,
      type: SOURCE,
      keys: { title: name },
      shared: {},
      onCreate: { kind: table.newSourceKind, publisher: name },
      localized: { en: { title: name } },
      columns: { title: 'source', publisher: 'source' },
      repeatable: true,
    }));
    const location = read.text('location');
    const within = ['admin3', 'admin2', 'admin1'].map((column) => read.text(column) ?? '');
    const incident: ImportRecord = {
      row,
      type: INCIDENT,
      keys: { externalId: read.text('event_id_cnty', 100) ?? undefined },
      shared: {
        externalId: read.text('event_id_cnty', 100),
        date: read.date('event_date', { pastOnly: true }),
        datePrecision: read.choice('time_precision', ['day', 'week', 'month'] as const, DATE_PRECISION),
        incidentType: subEventType ? typeOf(subEventType) : null,
        weapons: (table.weapons[subEventType] ?? []).map((key): Reference => ({ $ref: 'term', uid: WEAPON, value: key, column: 'sub_event_type' })),
        perpetrators: actors.map((actor) => ({ actor, certainty: 'alleged' })),
        'casualties.killedMin': read.figure('fatalities'),
        location: location ? ({ $ref: 'place', value: location, within, column: 'location' } satisfies Reference) : null,
        locationPrecision: read.choice('geo_precision', ['town', 'near', 'district'] as const, LOCATION_PRECISION),
        sources: sourceNames.map((name): Reference => ({ $ref: 'source', value: name, column: 'source' })),
      },
      // ACLED writes English: its notes and a title made of what happened where.
      localized: { en: { title: location && subEventType ? `${subEventType} in ${location}` : null, description: read.text('notes') } },
      columns: {
        externalId: 'event_id_cnty',
        date: 'event_date',
        datePrecision: 'time_precision',
        incidentType: 'sub_event_type',
        perpetrators: 'actor1',
        'casualties.killedMin': 'fatalities',
        casualties: 'fatalities',
        location: 'location',
        locationPrecision: 'geo_precision',
        title: 'sub_event_type',
        description: 'notes',
      },
    };
    // A cell that could not be read was reported; the record keeps out what it could not read.
    for (const [path, value] of Object.entries(incident.shared)) if (value === undefined) delete incident.shared[path];
    return [...sources, incident];
  },
};
