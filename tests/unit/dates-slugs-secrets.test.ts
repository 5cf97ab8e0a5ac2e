import { latestDateOnEarth, validateIncidentDate } from '../../src/lib/dates';
import { assertSecrets, missingSecrets, shortSecrets } from '../../src/lib/secrets';
import { firstFreeSlug, slugOf } from '../../src/lib/slug';

describe('incident dates', () => {
  const now = new Date('2017-04-10T15:15:00Z');

  test('past and present dates are accepted', () => {
    expect(validateIncidentDate('2017-04-04', now)).toEqual([]);
    expect(validateIncidentDate('2017-04-10', now)).toEqual([]);
  });

  test('tomorrow in the latest time zone is still today somewhere; the day after is the future', () => {
    expect(latestDateOnEarth(new Date('2017-04-10T22:00:00Z'))).toBe('2017-04-11');
    expect(validateIncidentDate('2017-04-11', new Date('2017-04-10T22:00:00Z'))).toEqual([]);
    const errors = validateIncidentDate('2017-04-12', now);
    expect(errors).toEqual([expect.objectContaining({ path: ['date'] })]);
    expect(errors[0].message).toMatch(/future/);
  });

  test('a malformed date is rejected with its reason', () => {
    expect(validateIncidentDate('10/04/2017', now)[0].message).toMatch(/YYYY-MM-DD/);
  });
});

describe('slugs', () => {
  test('English titles', () => {
    expect(slugOf('Russian Jets Hit Syrians with Cluster Bombs & White Phosphorus in Revenge Attacks')).toBe(
      'russian-jets-hit-syrians-with-cluster-bombs-and-white-phosphorus-in-revenge-attacks'
    );
  });

  test('Arabic titles are transliterated to Latin letters', () => {
    const slug = slugOf('الهجوم بالسلاح الكيميائي على خان شيخون');
    expect(slug).toMatch(/^[a-z0-9-]+$/);
    expect(slug).toContain('khan-shykhwn');
  });

  test('a clash gets the first free numeric suffix', () => {
    expect(firstFreeSlug('khan-sheikhoun', new Set())).toBe('khan-sheikhoun');
    expect(firstFreeSlug('khan-sheikhoun', new Set(['khan-sheikhoun', 'khan-sheikhoun-2']))).toBe('khan-sheikhoun-3');
  });
});

describe('secrets', () => {
  const complete = {
    APP_KEYS: 'a,b',
    ADMIN_JWT_SECRET: 'x',
    API_TOKEN_SALT: 'x',
    TRANSFER_TOKEN_SALT: 'x',
    JWT_SECRET: 'x',
    ENCRYPTION_KEY: 'x',
  };
  const sixteen = '0123456789abcdef';
  const long = {
    APP_KEYS: `${sixteen},${sixteen}`,
    ADMIN_JWT_SECRET: sixteen,
    API_TOKEN_SALT: sixteen,
    TRANSFER_TOKEN_SALT: sixteen,
    JWT_SECRET: sixteen,
    ENCRYPTION_KEY: sixteen,
  };

  test('a complete set passes', () => {
    expect(missingSecrets(complete)).toEqual([]);
  });

  test('missing, empty and placeholder values are named', () => {
    expect(missingSecrets({ ...complete, JWT_SECRET: undefined, ENCRYPTION_KEY: '' })).toEqual(['JWT_SECRET', 'ENCRYPTION_KEY']);
    expect(missingSecrets({ ...complete, APP_KEYS: 'tobemodified,real', ADMIN_JWT_SECRET: 'tobemodified' })).toEqual([
      'APP_KEYS',
      'ADMIN_JWT_SECRET',
    ]);
  });

  test('values, and each key of APP_KEYS, of fewer than 16 characters are short; missing ones are not counted twice', () => {
    expect(shortSecrets(long)).toEqual([]);
    expect(
      shortSecrets({ ...long, APP_KEYS: `${sixteen},${sixteen.slice(1)}`, JWT_SECRET: 'x', ENCRYPTION_KEY: '', API_TOKEN_SALT: ` ${sixteen.slice(1)} ` })
    ).toEqual(['APP_KEYS', 'API_TOKEN_SALT', 'JWT_SECRET']);
  });

  test('production refuses short secrets; development and tests do not', () => {
    expect(() => assertSecrets(complete, { production: false })).not.toThrow();
    expect(() => assertSecrets(long, { production: true })).not.toThrow();
    expect(() => assertSecrets({ ...long, JWT_SECRET: 'x' }, { production: true })).toThrow(
      /Refusing to start: these secrets are shorter than 16 characters \(each key of APP_KEYS too\): JWT_SECRET\./
    );
  });

  test('one refusal names the missing and the short', () => {
    expect(() => assertSecrets({ ...complete, ENCRYPTION_KEY: undefined }, { production: true })).toThrow(
      /missing or still placeholders: ENCRYPTION_KEY; these secrets are shorter than 16 characters \(each key of APP_KEYS too\): APP_KEYS, ADMIN_JWT_SECRET, API_TOKEN_SALT, TRANSFER_TOKEN_SALT, JWT_SECRET\./
    );
    expect(() => assertSecrets({ ...complete, ENCRYPTION_KEY: undefined }, { production: false })).toThrow(
      /Refusing to start: these secrets are missing or still placeholders: ENCRYPTION_KEY\. /
    );
  });
});
