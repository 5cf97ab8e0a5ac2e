import { ACTOR, INCIDENT, INCIDENT_TYPE, LOCATION, SOURCE, TARGET_TYPE, WEAPON } from '../uids';

/**
 * The project's own spreadsheet layout: one column per field, the Arabic text of a localized field
 * in a `<field>__ar` column (Uwazi's convention), relations by a key a person can type (a
 * vocabulary key, a p-code) or by document id. Export writes these columns and the native import
 * reads them, so what one writes the other takes back unchanged.
 */
export type ColumnKind =
  | 'document-id'
  | 'text'
  | 'integer'
  | 'decimal'
  | 'boolean'
  | 'date'
  | 'time'
  | 'choice'
  /** One vocabulary term by its key. */
  | 'term'
  /** Several vocabulary terms by key, separated by `;`. */
  | 'terms'
  /** Perpetrator attributions: `actor-key:certainty`, separated by `;`. */
  | 'perpetrators'
  /** A place by p-code, document id or name. */
  | 'place'
  /** Sources by document id or URL, separated by `;`. */
  | 'sources'
  /** Several lines of text (aliases), one per line in the database, separated by `;` in a cell. */
  | 'lines'
  /** `published` or `draft`. */
  | 'status';

export interface NativeColumn {
  /** The column's header; a localized field's Arabic text is in `<name>__ar`. */
  name: string;
  /** The attribute it fills: a field, or `component.field` inside a single component. */
  field: string;
  kind: ColumnKind;
  localized?: boolean;
  /** The type a relation points to. */
  target?: string;
  /** A new record needs it. */
  required?: boolean;
  description: string;
}

/** Separator of several values in one cell. */
export const LIST_SEPARATOR = ';';
/** Suffix of a localized field's column in the second language. */
export const ARABIC_SUFFIX = '__ar';

export const INCIDENT_COLUMNS: NativeColumn[] = [
  { name: 'document_id', field: 'documentId', kind: 'document-id', description: "The record's id in this CMS: a row with one updates that record" },
  { name: 'external_id', field: 'externalId', kind: 'text', description: "A dataset's own id of the event (ACLED's event_id_cnty, say): a row with one updates the incident that has it" },
  { name: 'status', field: 'publishedAt', kind: 'status', description: 'published or draft; a new record is a draft unless this says published' },
  { name: 'title', field: 'title', kind: 'text', localized: true, required: true, description: 'Title' },
  { name: 'description', field: 'description', kind: 'text', localized: true, description: 'What happened' },
  { name: 'date', field: 'date', kind: 'date', required: true, description: 'YYYY-MM-DD' },
  { name: 'date_precision', field: 'datePrecision', kind: 'choice', description: 'day, week, month or approximate' },
  { name: 'time', field: 'time', kind: 'time', description: 'HH:MM, local time' },
  { name: 'incident_type', field: 'incidentType', kind: 'term', target: INCIDENT_TYPE, description: 'An incident type key' },
  { name: 'weapons', field: 'weapons', kind: 'terms', target: WEAPON, description: 'Weapon keys, separated by ;' },
  { name: 'targets', field: 'targets', kind: 'terms', target: TARGET_TYPE, description: 'Target type keys, separated by ;' },
  { name: 'perpetrators', field: 'perpetrators', kind: 'perpetrators', target: ACTOR, description: 'actor-key:certainty, separated by ; (certainty: alleged, suspected, confirmed or contested)' },
  { name: 'killed_min', field: 'casualties.killedMin', kind: 'integer', description: 'Lowest reported number killed' },
  { name: 'killed_max', field: 'casualties.killedMax', kind: 'integer', description: 'Highest reported number killed' },
  { name: 'injured_min', field: 'casualties.injuredMin', kind: 'integer', description: 'Lowest reported number injured' },
  { name: 'injured_max', field: 'casualties.injuredMax', kind: 'integer', description: 'Highest reported number injured' },
  { name: 'children_killed', field: 'casualties.childrenKilled', kind: 'integer', description: 'Children among the killed' },
  { name: 'women_killed', field: 'casualties.womenKilled', kind: 'integer', description: 'Women among the killed' },
  { name: 'children_injured', field: 'casualties.childrenInjured', kind: 'integer', description: 'Children among the injured' },
  { name: 'women_injured', field: 'casualties.womenInjured', kind: 'integer', description: 'Women among the injured' },
  { name: 'casualty_notes', field: 'casualties.notes', kind: 'text', description: 'Notes on the figures' },
  { name: 'location', field: 'location', kind: 'place', target: LOCATION, description: 'A place by p-code, document id or name' },
  { name: 'location_precision', field: 'locationPrecision', kind: 'choice', description: 'exact, near, town, district or governorate' },
  { name: 'sources', field: 'sources', kind: 'sources', target: SOURCE, description: 'Sources by document id or URL, separated by ;' },
  { name: 'verification_status', field: 'verificationStatus', kind: 'choice', description: 'reported, corroborated, verified, disputed or retracted' },
];

export const LOCATION_COLUMNS: NativeColumn[] = [
  { name: 'document_id', field: 'documentId', kind: 'document-id', description: "The record's id in this CMS: a row with one updates that record" },
  { name: 'pcode', field: 'pcode', kind: 'text', description: "OCHA p-code: a row with one updates the place that has it" },
  { name: 'name', field: 'name', kind: 'text', localized: true, required: true, description: 'Name' },
  { name: 'aliases', field: 'aliases', kind: 'lines', localized: true, description: 'Other spellings, separated by ;' },
  { name: 'level', field: 'level', kind: 'choice', required: true, description: 'governorate, district, sub-district, city, town, village, neighbourhood or site' },
  { name: 'parent', field: 'parent', kind: 'place', target: LOCATION, description: 'The place it is in, by p-code, document id or name' },
  { name: 'latitude', field: 'latitude', kind: 'decimal', description: 'Decimal degrees, WGS 84' },
  { name: 'longitude', field: 'longitude', kind: 'decimal', description: 'Decimal degrees, WGS 84' },
  { name: 'coordinates_approximate', field: 'coordinatesApproximate', kind: 'boolean', description: 'true when the point is only near the place' },
];

export const SOURCE_COLUMNS: NativeColumn[] = [
  { name: 'document_id', field: 'documentId', kind: 'document-id', description: "The record's id in this CMS: a row with one updates that record" },
  { name: 'title', field: 'title', kind: 'text', localized: true, required: true, description: 'Title' },
  { name: 'kind', field: 'kind', kind: 'choice', required: true, description: 'media-department-statement, activist-network, eyewitness, media-outlet, ngo-report, official-statement, social-media or imagery' },
  { name: 'url', field: 'url', kind: 'text', description: 'http(s) address: a row with one (and no document id) updates the source that has it' },
  { name: 'publisher', field: 'publisher', kind: 'text', description: 'Who published it' },
  { name: 'published_date', field: 'publishedDate', kind: 'date', description: 'YYYY-MM-DD' },
  { name: 'accessed_date', field: 'accessedDate', kind: 'date', description: 'YYYY-MM-DD' },
  { name: 'reliability', field: 'reliability', kind: 'choice', description: 'completely-reliable, usually-reliable, fairly-reliable, not-usually-reliable, unreliable or cannot-be-judged' },
  { name: 'confidential', field: 'confidential', kind: 'boolean', description: 'true: never identified through the public API' },
  { name: 'contact_notes', field: 'contactNotes', kind: 'text', description: 'Private to the admin panel; never in a public export' },
];

/** The native layout of each type that can be imported and exported. */
export const NATIVE_COLUMNS: Record<string, NativeColumn[]> = {
  [INCIDENT]: INCIDENT_COLUMNS,
  [LOCATION]: LOCATION_COLUMNS,
  [SOURCE]: SOURCE_COLUMNS,
};

/** A column of a file: its header, the column it writes, and whether it holds the Arabic text. */
export interface NativeCell {
  header: string;
  column: NativeColumn;
  arabic: boolean;
}

/** The cells of these columns, in file order, with `__ar` columns after their field's. */
export function nativeCells(columns: NativeColumn[], languages: { main: boolean; arabic: boolean } = { main: true, arabic: true }): NativeCell[] {
  return columns.flatMap((column) => {
    if (!column.localized) return [{ header: column.name, column, arabic: false }];
    return [
      ...(languages.main ? [{ header: column.name, column, arabic: false }] : []),
      ...(languages.arabic ? [{ header: column.name + ARABIC_SUFFIX, column, arabic: true }] : []),
    ];
  });
}

/** The headers of a type's columns, in file order, with `__ar` columns after their field's. */
export function nativeHeaders(uid: string, languages: { main: boolean; arabic: boolean } = { main: true, arabic: true }): string[] {
  return nativeCells(NATIVE_COLUMNS[uid], languages).map((cell) => cell.header);
}
