/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testMatch: ["**/*.test.ts"],
  // Property tests run on a fixed seed; skipped suites are summed up in one line at the end.
  setupFiles: ["<rootDir>/test/support/property-seed.ts"],
  // A test file's kehou-* temp folders are removed when it ends (temp-cleanup.ts).
  setupFilesAfterEnv: ["<rootDir>/test/support/temp-cleanup.ts"],
  globalSetup: "<rootDir>/test/support/skips-setup.js",
  globalTeardown: "<rootDir>/test/support/skips-summary.js",
};
