/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  // One port block per run, and a PostgreSQL of the suite's own when none is configured.
  globalSetup: '<rootDir>/tests/global-setup.ts',
  globalTeardown: '<rootDir>/tests/global-teardown.ts',
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  // API tests boot a real Strapi each; keep them from fighting over the two cores.
  maxWorkers: 2,
  testTimeout: 120000,
};
