import { LOCATION } from '../../uids';
import type { ImportRecord } from '../import/types';
import type { Mapping, MappingContext } from './mapping';

/**
 * OCHA's common operational dataset for Syria's places: each row names a place and every level
 * above it (admin1 governorate, admin2 district, admin3 sub-district, admin4 community), in
 * English and Arabic, with their p-codes. The import builds or updates the tree by p-code; a place
 * renamed keeps its former name as an alias, and an existing place keeps its level.
 */
const LEVELS = [
  { admin: 'admin1', level: 'governorate' },
  { admin: 'admin2', level: 'district' },
  { admin: 'admin3', level: 'sub-district' },
  { admin: 'admin4', level: null },
] as const;

const COLUMNS = [
  ...LEVELS.flatMap(({ admin }) => [
    { name: `${admin}Name_en`, required: admin === 'admin1', description: `${admin} name in English` },
    { name: `${admin}Name_ar`, description: `${admin} name in Arabic` },
    { name: `${admin}Pcode`, required: admin === 'admin1', description: `${admin} p-code` },
  ]),
  { name: 'latitude', description: 'The deepest place’s latitude, decimal degrees' },
  { name: 'longitude', description: 'The deepest place’s longitude, decimal degrees' },
];

export const ochaGazetteerMapping: Mapping = {
  name: 'ocha-gazetteer',
  label: 'OCHA gazetteer (p-codes)',
  description: 'OCHA’s common operational dataset of Syrian places (admin1Name_en, admin1Name_ar, admin1Pcode … admin4): builds or updates the location tree by p-code, with Arabic names.',
  types: [LOCATION],
  columns: COLUMNS,
  toRecords({ read, row, settings }: MappingContext): ImportRecord[] {
    const named = LEVELS.filter(({ admin }) => read.text(`${admin}Pcode`));
    const deepest = named.at(-1)?.admin;
    let parent: string | null = null;
    return named.map(({ admin, level }) => {
      const pcode = read.text(`${admin}Pcode`, 20)!;
      const localized: Record<string, Record<string, unknown>> = {};
      const english = read.text(`${admin}Name_en`, 200);
      const arabic = read.text(`${admin}Name_ar`, 200);
      if (english) localized.en = { name: english };
      if (arabic) localized.ar = { name: arabic };
      const shared: Record<string, unknown> = { pcode, parent: parent ? { $ref: 'place', value: parent, column: `${admin}Pcode` } : null };
      if (admin === deepest && read.has('latitude')) {
        shared.latitude = read.decimal('latitude', -90, 90);
        shared.longitude = read.decimal('longitude', -180, 180);
      }
      for (const [path, value] of Object.entries(shared)) if (value === undefined) delete shared[path];
      parent = pcode;
      return {
        row,
        type: LOCATION,
        keys: { pcode },
        shared,
        onCreate: { level: level ?? settings.gazetteer.communityLevel },
        localized,
        columns: { pcode: `${admin}Pcode`, name: `${admin}Name_en`, level: `${admin}Pcode`, parent: `${admin}Pcode`, latitude: 'latitude', longitude: 'longitude' },
        repeatable: admin !== deepest,
        keepFormerNames: true,
      };
    });
  },
};
