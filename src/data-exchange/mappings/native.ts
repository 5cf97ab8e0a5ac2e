import { INCIDENT, LOCATION, SOURCE } from '../../uids';
import type { CellReader } from '../import/cells';
import { why, type ImportRecord, type RecordKeys, type Reference } from '../import/types';
import { ARABIC_SUFFIX, NATIVE_COLUMNS, type NativeColumn } from '../native-columns';
import type { Mapping, MappingContext } from './mapping';

/** The values of each choice column, as the schemas declare them. */
const CHOICES: Record<string, readonly string[]> = {
  datePrecision: ['day', 'week', 'month', 'approximate'],
  locationPrecision: ['exact', 'near', 'town', 'district', 'governorate'],
  verificationStatus: ['reported', 'corroborated', 'verified', 'disputed', 'retracted'],
  level: ['governorate', 'district', 'sub-district', 'city', 'town', 'village', 'neighbourhood', 'site'],
  kind: ['media-department-statement', 'activist-network', 'eyewitness', 'media-outlet', 'ngo-report', 'official-statement', 'social-media', 'imagery'],
  reliability: ['completely-reliable', 'usually-reliable', 'fairly-reliable', 'not-usually-reliable', 'unreliable', 'cannot-be-judged'],
};
const CERTAINTIES = ['alleged', 'suspected', 'confirmed', 'contested'] as const;

/** The locale of each localized column: the plain one is the default locale's, `__ar` Arabic's. */
const LANGUAGES = [
  { suffix: '', locale: 'en' },
  { suffix: ARABIC_SUFFIX, locale: 'ar' },
];

/**
 * The project's own layout (src/data-exchange/native-columns.ts), the one export writes. A column
 * the file does not have leaves its field as it is; an empty cell empties it.
 */
function nativeMapping(name: string, type: string, label: string, keysOf: (read: CellReader) => RecordKeys): Mapping {
  const columns = NATIVE_COLUMNS[type];
  return {
    name,
    label,
    description: `${label}: one column per field, as this CMS exports them; Arabic text in <field>${ARABIC_SUFFIX} columns; relations by vocabulary key, p-code or document id.`,
    types: [type],
    columns: columns.flatMap((column) => [
      { name: column.name, description: column.description },
      ...(column.localized ? [{ name: column.name + ARABIC_SUFFIX, description: `${column.description} (Arabic)` }] : []),
    ]),
    toRecords({ read, row }: MappingContext): ImportRecord[] {
      const record: ImportRecord = { row, type, keys: keysOf(read), shared: {}, localized: {}, columns: {} };
      for (const column of columns) {
        record.columns[column.field] = column.name;
        if (column.kind === 'document-id') continue;
        if (column.localized) {
          for (const { suffix, locale } of LANGUAGES) {
            if (!read.has(column.name + suffix)) continue;
            const value = readValue(read, column, column.name + suffix);
            if (value !== undefined) (record.localized[locale] ??= {})[column.field] = value;
          }
        } else if (read.has(column.name)) {
          const value = readValue(read, column, column.name);
          if (column.kind === 'status') record.publish = value === 'published';
          else if (value !== undefined) record.shared[column.field] = value;
        }
      }
      return [record];
    },
  };
}

function readValue(read: CellReader, column: NativeColumn, name: string): unknown {
  switch (column.kind) {
    case 'text':
      return read.text(name);
    case 'lines':
      return read.list(name).join('\n') || null;
    case 'integer':
      return read.figure(name);
    case 'decimal':
      return column.field === 'latitude' ? read.decimal(name, -90, 90) : read.decimal(name, -180, 180);
    case 'boolean':
      return read.boolean(name);
    case 'date':
      return read.date(name, { pastOnly: column.field === 'date' });
    case 'time':
      return read.time(name);
    case 'choice':
      return read.choice(name, CHOICES[column.field]);
    case 'status':
      return read.choice(name, ['published', 'draft'] as const);
    case 'term': {
      const key = read.text(name);
      return key ? term(column, key, name) : key;
    }
    case 'terms':
      return read.list(name).map((key) => term(column, key, name));
    case 'place': {
      const value = read.text(name);
      return value ? ({ $ref: 'place', value, column: name } satisfies Reference) : value;
    }
    case 'sources':
      return read.list(name).map((value) => ({ $ref: 'source', value, column: name }) satisfies Reference);
    case 'perpetrators':
      return perpetrators(read, column, name);
    default:
      return undefined;
  }
}

const term = (column: NativeColumn, value: string, name: string): Reference => ({ $ref: 'term', uid: column.target!, value, column: name });

/** `actor-key:certainty; ...`; a missing certainty is "alleged", the schema's default. */
function perpetrators(read: CellReader, column: NativeColumn, name: string): unknown {
  const attributions = read.list(name).map((part) => {
    const [actor, certainty = 'alleged'] = part.split(':').map((piece) => piece.trim());
    return { actor, certainty: certainty.toLowerCase() };
  });
  const bad = attributions.find(({ certainty }) => !(CERTAINTIES as readonly string[]).includes(certainty));
  if (bad) {
    return read.reject(name, `${bad.actor}:${bad.certainty}`, why('unknown-certainty', `has a certainty that is not one of ${CERTAINTIES.join(', ')}`, { values: [...CERTAINTIES] }));
  }
  return attributions.map(({ actor, certainty }) => ({ actor: term(column, actor, name), certainty }));
}

export const nativeMappings: Mapping[] = [
  nativeMapping('native-incidents', INCIDENT, 'Incidents (this CMS’s columns)', (read) => ({
    documentId: read.text('document_id') ?? undefined,
    externalId: read.text('external_id') ?? undefined,
  })),
  nativeMapping('native-locations', LOCATION, 'Locations (this CMS’s columns)', (read) => ({
    documentId: read.text('document_id') ?? undefined,
    pcode: read.text('pcode') ?? undefined,
    name: read.text('name') ?? read.text('name__ar') ?? undefined,
  })),
  nativeMapping('native-sources', SOURCE, 'Sources (this CMS’s columns)', (read) => ({
    documentId: read.text('document_id') ?? undefined,
    url: read.text('url') ?? undefined,
    title: read.text('title') ?? undefined,
  })),
];
