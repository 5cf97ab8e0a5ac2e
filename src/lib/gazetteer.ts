import { ruleError, type RuleError } from './rule-errors';

export const LOCATION_LEVELS = [
  'governorate',
  'district',
  'sub-district',
  'city',
  'town',
  'village',
  'neighbourhood',
  'site',
] as const;
export type LocationLevel = (typeof LOCATION_LEVELS)[number];

/**
 * OCHA's Common Operational Dataset p-codes for Syria: SY + 2 digits for a governorate, + 4 for a
 * district, + 6 for a sub-district; populated places (communities) are C + digits. GeoNames ids are
 * plain numbers and belong to another system, so they never match.
 */
const PCODE_FORMATS: Record<string, { pattern: RegExp; described: string }> = {
  governorate: { pattern: /^SY\d{2}$/, described: 'SY and 2 digits, such as SY07' },
  district: { pattern: /^SY\d{4}$/, described: 'SY and 4 digits, such as SY0700' },
  'sub-district': { pattern: /^SY\d{6}$/, described: 'SY and 6 digits, such as SY070000' },
  community: { pattern: /^C\d{1,6}$/, described: 'C and up to 6 digits, such as C4199' },
};

const FORMAT_OF_LEVEL: Record<LocationLevel, string[]> = {
  governorate: ['governorate'],
  district: ['district'],
  'sub-district': ['sub-district'],
  city: ['community'],
  town: ['community'],
  village: ['community'],
  // Neighbourhoods and sites are not coded by OCHA; they may carry their community's code.
  neighbourhood: ['community'],
  site: ['community'],
};

export function validatePcode(pcode: string | null | undefined, level: string | null | undefined): RuleError[] {
  if (pcode === null || pcode === undefined || pcode === '') return [];
  const formats = FORMAT_OF_LEVEL[level as LocationLevel];
  if (!formats) {
    return Object.values(PCODE_FORMATS).some(({ pattern }) => pattern.test(pcode))
      ? []
      : [ruleError('pcode', `"${pcode}" is not an OCHA p-code for Syria (SY + 2, 4 or 6 digits, or C + digits)`, 'not-a-pcode')];
  }
  if (formats.some((name) => PCODE_FORMATS[name].pattern.test(pcode))) return [];
  // Said in words an editor can act on, not as the pattern that checks it.
  const expected = formats.map((name) => PCODE_FORMATS[name].described);
  return [ruleError('pcode', `"${pcode}" is not an OCHA p-code for a ${level}: a ${level}'s p-code is ${expected.join(' or ')}`, 'pcode-for-level', { level: level!, formats })];
}

export function validateCoordinates(latitude: unknown, longitude: unknown): RuleError[] {
  const errors: RuleError[] = [];
  const check = (name: string, value: unknown, limit: number) => {
    if (value === null || value === undefined || value === '') return;
    const number = Number(value);
    if (!Number.isFinite(number) || number < -limit || number > limit) {
      errors.push(ruleError(name, `${name} must be a number between -${limit} and ${limit}`, 'coordinate-out-of-range', { name, min: -limit, max: limit }));
    }
  };
  check('latitude', latitude, 90);
  check('longitude', longitude, 180);
  const hasLatitude = latitude !== null && latitude !== undefined && latitude !== '';
  const hasLongitude = longitude !== null && longitude !== undefined && longitude !== '';
  if (errors.length === 0 && hasLatitude !== hasLongitude) {
    errors.push(ruleError(hasLatitude ? 'longitude' : 'latitude', 'latitude and longitude must be given together', 'coordinates-unpaired'));
  }
  return errors;
}
