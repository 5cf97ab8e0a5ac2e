import { validateCasualties } from '../../src/lib/casualties';

const paths = (errors: { path: string[] }[]) => errors.map((error) => error.path.join('.'));

describe('casualty figures', () => {
  test('accept the ranges reports give: exact, open-ended ("over 20") and empty', () => {
    expect(validateCasualties({ killedMin: 2, killedMax: 2 })).toEqual([]);
    expect(validateCasualties({ killedMin: 21, killedMax: null, childrenKilled: 5, womenKilled: 3 })).toEqual([]);
    expect(validateCasualties({ killedMin: 100, killedMax: 100, injuredMin: 400, injuredMax: 400 })).toEqual([]);
    expect(validateCasualties(null)).toEqual([]);
    expect(validateCasualties({})).toEqual([]);
  });

  test('reject a minimum above its maximum, naming the field', () => {
    const errors = validateCasualties({ killedMin: 30, killedMax: 20 });
    expect(paths(errors)).toEqual(['casualties.killedMin']);
    expect(errors[0].message).toMatch(/killedMin \(30\) must not be greater than killedMax \(20\)/);
    expect(paths(validateCasualties({ injuredMin: 5, injuredMax: 4 }))).toEqual(['casualties.injuredMin']);
  });

  test('reject negative and fractional counts', () => {
    expect(paths(validateCasualties({ killedMin: -1 }))).toEqual(['casualties.killedMin']);
    expect(paths(validateCasualties({ injuredMax: 2.5 }))).toEqual(['casualties.injuredMax']);
    expect(paths(validateCasualties({ womenKilled: 'many' as any }))).toEqual(['casualties.womenKilled']);
  });

  test('every problem of a save is reported at once: a bad figure does not hide a minimum above its maximum', () => {
    expect(paths(validateCasualties({ killedMin: 30, killedMax: 20, injuredMax: -4 }))).toEqual(['casualties.injuredMax', 'casualties.killedMin']);
    expect(paths(validateCasualties({ killedMin: 9, killedMax: 5, injuredMin: -1, injuredMax: 2, childrenInjured: 3 }))).toEqual([
      'casualties.injuredMin',
      'casualties.killedMin',
      'casualties.childrenInjured',
    ]);
  });

  test('children and women among the killed cannot outnumber the killed', () => {
    expect(paths(validateCasualties({ killedMax: 10, childrenKilled: 6, womenKilled: 5 }))).toEqual(['casualties.childrenKilled']);
    expect(paths(validateCasualties({ injuredMax: 3, childrenInjured: 4 }))).toEqual(['casualties.childrenInjured']);
    expect(validateCasualties({ killedMax: 11, childrenKilled: 6, womenKilled: 5 })).toEqual([]);
  });

  test('numbers posted as text are read as numbers', () => {
    expect(validateCasualties({ killedMin: '3' as any, killedMax: '4' as any })).toEqual([]);
    expect(paths(validateCasualties({ killedMin: '5' as any, killedMax: '4' as any }))).toEqual(['casualties.killedMin']);
  });
});
