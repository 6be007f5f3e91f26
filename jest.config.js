/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest'] },
  // API tests boot a real Strapi each; keep them from fighting over the two cores.
  maxWorkers: 2,
  testTimeout: 120000,
};
