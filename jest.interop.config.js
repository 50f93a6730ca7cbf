/**
 * Interop tests: LibreOffice recalculates workbooks LKE wrote (npm run test:interop).
 * Slow (a headless office suite starts per workbook), so kept out of `npm test`.
 */
module.exports = {
  testEnvironment: "node",
  setupFiles: ["<rootDir>/test/setup/fastCheckSeed.ts"],
  roots: ["<rootDir>/test/interop"],
  testMatch: ["**/*.interop.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
  testTimeout: 300000,
  maxWorkers: 1,
};
