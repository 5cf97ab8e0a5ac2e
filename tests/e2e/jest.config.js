/** Browser tests: the built admin panel in Debian's Chromium, driven by playwright-core. */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  globalSetup: '<rootDir>/tests/e2e/global-setup.ts',
  maxWorkers: 1,
  testTimeout: 120000,
};
