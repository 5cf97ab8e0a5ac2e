/** API and unit tests. Browser tests have their own config (tests/e2e/jest.config.js). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests', '<rootDir>/packages', '<rootDir>/src/plugins'],
  testMatch: [
    '<rootDir>/tests/unit/**/*.test.ts',
    '<rootDir>/tests/api/**/*.test.ts',
    '<rootDir>/tests/plugins/**/*.test.ts',
    // Each workspace package's own tests, which also run from its folder (`npm test`).
    '<rootDir>/packages/*/tests/**/*.test.ts',
    '<rootDir>/src/plugins/*/tests/**/*.test.ts',
  ],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
  // Each API test file boots its own Strapi (about 3 s); two at a time fits two cores.
  maxWorkers: 2,
  testTimeout: 60000,
};
