import { ACTOR, INCIDENT } from '../../uids';
import { why, type ImportRecord, type Reference } from '../import/types';
import type { Mapping, MappingContext } from './mapping';

/**
 * A partner's casualty table in Airwars' manner: each figure a minimum and a maximum (civilians,
 * children and women, killed and injured), a grading of how well the harm is established, and the
 * belligerent. The CMS keeps one figure for children and for women, the lowest reported; where a
 * table gives a range for them, the range goes into the casualty notes so that nothing reported is
 * lost. Rows update the incident with the same id.
 */
const FIGURES = [
  { prefix: 'civilians_killed', min: 'killedMin', max: 'killedMax' },
  { prefix: 'civilians_injured', min: 'injuredMin', max: 'injuredMax' },
  { prefix: 'children_killed', min: 'childrenKilled' },
  { prefix: 'women_killed', min: 'womenKilled' },
  { prefix: 'children_injured', min: 'childrenInjured' },
  { prefix: 'women_injured', min: 'womenInjured' },
] as const;

/** Airwars' grading, in the words of this CMS's verification status. */
const GRADING = { confirmed: 'verified', fair: 'corroborated', weak: 'reported', contested: 'disputed', discounted: 'retracted' } as const;
const CERTAINTY = { known: 'confirmed', confirmed: 'confirmed', suspected: 'suspected', alleged: 'alleged', contested: 'contested' } as const;

const COLUMNS = [
  { name: 'incident_id', required: true, description: 'The table’s id of the incident: its external id here' },
  { name: 'date', description: 'YYYY-MM-DD (needed for a new incident)' },
  { name: 'title', description: 'Title (needed for a new incident)' },
  { name: 'title__ar', description: 'Title in Arabic' },
  { name: 'location', description: 'The place: p-code, document id or name' },
  { name: 'admin1', description: 'Governorate: tells apart places of one name' },
  ...FIGURES.flatMap(({ prefix }) => [
    { name: `${prefix}_min`, description: `Lowest reported ${prefix.replace('_', ' ')}` },
    { name: `${prefix}_max`, description: `Highest reported ${prefix.replace('_', ' ')}` },
  ]),
  { name: 'grading', description: 'confirmed, fair, weak, contested or discounted → verification status' },
  { name: 'belligerent', description: 'Who is said to be responsible: an actor, through config/data-exchange.ts or the actors’ aliases' },
  { name: 'belligerent_certainty', description: 'known, suspected, alleged or contested (alleged when empty)' },
];

export const casualtyTableMapping: Mapping = {
  name: 'casualty-table',
  label: 'Casualty table (min/max)',
  description: 'A casualty table with minimum and maximum figures in Airwars’ manner: civilians, children and women killed and injured, grading, belligerent. Rows update the incident with the same id, or create it.',
  types: [INCIDENT],
  columns: COLUMNS,
  toRecords({ read, row, settings }: MappingContext): ImportRecord[] {
    const shared: Record<string, unknown> = {};
    const columns: Record<string, string> = { externalId: 'incident_id', date: 'date', title: 'title', location: 'location', verificationStatus: 'grading', perpetrators: 'belligerent' };
    const ranges: string[] = [];
    for (const figure of FIGURES) {
      const min = read.figure(`${figure.prefix}_min`);
      const max = read.figure(`${figure.prefix}_max`);
      if (read.has(`${figure.prefix}_min`)) shared[`casualties.${figure.min}`] = min;
      columns[`casualties.${figure.min}`] = `${figure.prefix}_min`;
      if ('max' in figure) {
        if (read.has(`${figure.prefix}_max`)) shared[`casualties.${figure.max}`] = max;
        columns[`casualties.${figure.max}`] = `${figure.prefix}_max`;
      } else if (typeof min === 'number' && typeof max === 'number') {
        if (min > max) read.reject(`${figure.prefix}_min`, String(min), why('min-above-max', `is above ${figure.prefix}_max (${max})`, { min: `${figure.prefix}_min`, low: min, max: `${figure.prefix}_max`, high: max }));
        else if (max > min) ranges.push(`${figure.prefix.replace('_', ' ')} ${min}–${max}`);
      }
    }
    if (ranges.length > 0) shared['casualties.notes'] = `Reported ranges: ${ranges.join('; ')}`;

    const grading = read.choice('grading', ['verified', 'corroborated', 'reported', 'disputed', 'retracted'] as const, GRADING);
    if (grading) shared.verificationStatus = grading;
    const belligerent = read.text('belligerent');
    if (belligerent) {
      const certainty = read.choice('belligerent_certainty', ['confirmed', 'suspected', 'alleged', 'contested'] as const, CERTAINTY) ?? 'alleged';
      const actor: Reference = { $ref: 'term', uid: ACTOR, value: settings.casualtyTable.actors[belligerent] ?? belligerent, column: 'belligerent' };
      shared.perpetrators = [{ actor, certainty }];
    }
    const location = read.text('location');
    if (location) shared.location = { $ref: 'place', value: location, within: [read.text('admin1') ?? ''], column: 'location' } satisfies Reference;
    const date = read.date('date', { pastOnly: true });
    if (date) shared.date = date;
    const externalId = read.text('incident_id', 100) ?? undefined;
    if (externalId) shared.externalId = externalId;

    const localized: Record<string, Record<string, unknown>> = {};
    if (read.text('title')) localized.en = { title: read.text('title') };
    if (read.text('title__ar')) localized.ar = { title: read.text('title__ar') };
    for (const [path, value] of Object.entries(shared)) if (value === undefined) delete shared[path];
    return [{ row, type: INCIDENT, keys: { externalId }, shared, localized, columns }];
  },
};
