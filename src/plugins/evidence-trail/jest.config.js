/** This package's own tests, runnable from its folder (`npm test`); the app's suite runs them too. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
};
