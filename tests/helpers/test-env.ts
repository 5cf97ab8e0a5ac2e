/**
 * The environment every booted test Strapi shares: throw-away secrets (production refuses such
 * a start without real ones) and quiet logs.
 */
export function applyTestEnvironment() {
  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    APP_KEYS: 'test-key-1,test-key-2',
    API_TOKEN_SALT: 'test-api-token-salt',
    ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
    TRANSFER_TOKEN_SALT: 'test-transfer-token-salt',
    JWT_SECRET: 'test-jwt-secret',
    ENCRYPTION_KEY: 'test-encryption-key',
  });
}

/**
 * Secrets a production start accepts (at least 16 characters each, every APP_KEYS key too); the
 * ones above are too short for it, on purpose: only production asks for length.
 */
export const PRODUCTION_SECRETS = {
  APP_KEYS: 'production-key-number-1,production-key-number-2',
  API_TOKEN_SALT: 'production-api-token-salt',
  ADMIN_JWT_SECRET: 'production-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'production-transfer-token-salt',
  JWT_SECRET: 'production-jwt-secret',
  ENCRYPTION_KEY: 'production-encryption-key',
};
