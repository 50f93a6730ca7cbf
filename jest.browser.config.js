/**
 * Browser tests: the built task pane in headless Chromium (Debian's /usr/bin/chromium) with
 * the fake Excel injected (npm run test:browser). Slow (a webpack build and a browser), so
 * kept out of `npm test`.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/browser"],
  testMatch: ["**/*.browser.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
  testTimeout: 300000,
  maxWorkers: 1,
};
