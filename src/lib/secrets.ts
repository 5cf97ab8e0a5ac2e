/**
 * The secrets Strapi signs sessions and tokens with. There are no built-in fallbacks: a
 * development machine gets random ones written to `.env` by `scripts/ensure-env.js`, tests set
 * their own, and a server started without them refuses to start and names what is missing.
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

/** Values copied from an example file are as bad as none at all. */
const PLACEHOLDER = /^(tobemodified|changeme|toBeModified\d*)$/i;

const isUsable = (value: string | undefined): boolean =>
  typeof value === 'string' &&
  value.trim() !== '' &&
  value.split(',').every((part) => part.trim() !== '' && !PLACEHOLDER.test(part.trim()));

export function missingSecrets(env: Record<string, string | undefined>): SecretName[] {
  return REQUIRED_SECRETS.filter((name) => !isUsable(env[name]));
}

/** Throws one error naming every missing or placeholder secret. */
export function assertSecrets(env: Record<string, string | undefined>): void {
  const missing = missingSecrets(env);
  if (missing.length > 0) {
    throw new Error(
      `Refusing to start: these secrets are missing or still placeholders: ${missing.join(', ')}. ` +
        'Set them in the environment (see .env.example); `npm run develop` writes random ones to .env for development.'
    );
  }
}
