/**
 * The secrets Strapi signs sessions and tokens with. There are no built-in fallbacks: a
 * development machine gets random ones written to `.env` by `scripts/ensure-env.js`, tests set
 * their own, and a server started without them refuses to start and names what is missing.
 * Production asks more: a secret short enough to guess is no secret.
 */
export const REQUIRED_SECRETS = [
  'APP_KEYS',
  'ADMIN_JWT_SECRET',
  'API_TOKEN_SALT',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
] as const;

export type SecretName = (typeof REQUIRED_SECRETS)[number];

/** In production, the fewest characters of each secret, and of each key of APP_KEYS. */
export const MIN_PRODUCTION_SECRET_LENGTH = 16;

type Env = Record<string, string | undefined>;

/** Values copied from an example file are as bad as none at all. */
const PLACEHOLDER = /^(tobemodified|changeme|toBeModified\d*)$/i;

/** APP_KEYS is a comma-separated list of keys; the others are one value each. */
const parts = (value: string | undefined): string[] => (value ?? '').split(',').map((part) => part.trim());

const isUsable = (value: string | undefined): boolean =>
  parts(value).every((part) => part !== '' && !PLACEHOLDER.test(part));

export function missingSecrets(env: Env): SecretName[] {
  return REQUIRED_SECRETS.filter((name) => !isUsable(env[name]));
}

/** Secrets that are set but have a value (or a key) too short for production. */
export function shortSecrets(env: Env): SecretName[] {
  return REQUIRED_SECRETS.filter(
    (name) => isUsable(env[name]) && parts(env[name]).some((part) => part.length < MIN_PRODUCTION_SECRET_LENGTH)
  );
}

/** Throws one error naming every missing or placeholder secret, and in production every short one. */
export function assertSecrets(env: Env, { production }: { production: boolean }): void {
  const missing = missingSecrets(env);
  const short = production ? shortSecrets(env) : [];
  const problems = [
    missing.length > 0 && `these secrets are missing or still placeholders: ${missing.join(', ')}`,
    short.length > 0 &&
      `these secrets are shorter than ${MIN_PRODUCTION_SECRET_LENGTH} characters (each key of APP_KEYS too): ${short.join(', ')}`,
  ].filter(Boolean);
  if (problems.length > 0) {
    throw new Error(
      `Refusing to start: ${problems.join('; ')}. ` +
        'Set them in the environment (see .env.example); `npm run develop` writes random ones to .env for development.'
    );
  }
}
