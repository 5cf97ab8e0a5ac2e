import { parseAliases } from '@syria-cms/bilingual-text';
import { validateCoordinates, validatePcode } from '../../src/lib/gazetteer';

describe('OCHA p-codes', () => {
  test.each([
    ['SY07', 'governorate'],
    ['SY0703', 'district'],
    ['SY070300', 'sub-district'],
    ['C4199', 'town'],
    ['C1', 'village'],
    ['C12345', 'city'],
  ])('%s is a valid p-code for a %s', (pcode, level) => {
    expect(validatePcode(pcode, level)).toEqual([]);
  });

  test.each([
    ['SY0703', 'governorate'],
    ['SY07', 'district'],
    ['SY0703', 'sub-district'],
    ['SY07', 'town'],
    ['C4199', 'governorate'],
    ['sy07', 'governorate'],
    ['SY7', 'governorate'],
  ])('%s does not agree with the level %s', (pcode, level) => {
    const errors = validatePcode(pcode, level);
    expect(errors).toHaveLength(1);
    expect(errors[0].path).toEqual(['pcode']);
    expect(errors[0].message).toContain(level);
  });

  test('the message says the expected form in words an editor can act on, not as a regular expression', () => {
    const [error] = validatePcode('SY0703', 'governorate');
    expect(error.message).toBe('"SY0703" is not an OCHA p-code for a governorate: a governorate\'s p-code is SY and 2 digits, such as SY07');
    expect(validatePcode('SY07', 'town')[0].message).toContain('C and up to 6 digits, such as C4199');
    for (const level of ['governorate', 'district', 'town', undefined]) {
      expect(validatePcode('x', level)[0].message).not.toMatch(/[\\^$]|\\d/);
    }
  });

  test('a GeoNames id is not a p-code', () => {
    expect(validatePcode('170063', 'town')).toHaveLength(1);
    expect(validatePcode('170063', undefined)).toHaveLength(1);
  });

  test('no p-code is allowed (most towns have none recorded yet)', () => {
    expect(validatePcode(null, 'town')).toEqual([]);
    expect(validatePcode('', 'village')).toEqual([]);
  });
});

describe('coordinates', () => {
  test('accept the valid range, edges included', () => {
    expect(validateCoordinates(35.44, 36.65)).toEqual([]);
    expect(validateCoordinates(-90, 180)).toEqual([]);
    expect(validateCoordinates(90, -180)).toEqual([]);
    expect(validateCoordinates(null, null)).toEqual([]);
  });

  test('reject values out of range, naming the field', () => {
    expect(validateCoordinates(90.5, 36)).toEqual([expect.objectContaining({ path: ['latitude'] })]);
    expect(validateCoordinates(35, -180.01)).toEqual([expect.objectContaining({ path: ['longitude'] })]);
    expect(validateCoordinates('north', 36)).toEqual([expect.objectContaining({ path: ['latitude'] })]);
  });

  test('latitude and longitude come together', () => {
    expect(validateCoordinates(35, null)).toEqual([expect.objectContaining({ path: ['longitude'] })]);
    expect(validateCoordinates(undefined, 36)).toEqual([expect.objectContaining({ path: ['latitude'] })]);
  });
});

test('aliases are read one per line, and by Latin and Arabic commas', () => {
  expect(parseAliases("Khan Sheikoun\nKhan Shaykhun, Khan Sheikhun")).toEqual(['Khan Sheikoun', 'Khan Shaykhun', 'Khan Sheikhun']);
  expect(parseAliases('خان شيخون، خان شيخوم')).toEqual(['خان شيخون', 'خان شيخوم']);
  expect(parseAliases(null)).toEqual([]);
});
