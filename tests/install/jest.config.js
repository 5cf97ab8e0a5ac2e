/**
 * The install test: the plugin packed with `npm pack` and installed into a throw-away Strapi app,
 * as another project would. Slow (an npm install), so it runs once per suite, on PostgreSQL.
 */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/install/**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  testTimeout: 600000,
};
