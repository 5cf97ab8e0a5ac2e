/** API and unit tests. Browser tests have their own config (tests/e2e/jest.config.js). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['<rootDir>/tests/unit/**/*.test.ts', '<rootDir>/tests/api/**/*.test.ts', '<rootDir>/tests/plugins/**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
  // Each API test file boots its own Strapi (about 3 s); two at a time fits two cores.
  maxWorkers: 2,
  testTimeout: 60000,
};
