/** Unit and host tests; interop tests (LibreOffice) run separately with `npm run test:interop`. */
module.exports = {
  testEnvironment: "node",
  setupFiles: ["<rootDir>/test/setup/fastCheckSeed.ts"],
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/interop/", "<rootDir>/test/browser/"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
  testTimeout: 60000,
};
