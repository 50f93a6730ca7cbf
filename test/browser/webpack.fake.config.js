/**
 * Builds test/browser/fakeHost.ts (the fake Excel for the browser test) into one script.
 * Test-only: never part of the add-in's build. Output path given with --output-path.
 */
"use strict";

const path = require("path");
const { typescriptRule } = require("../../scripts/typescriptRule");

module.exports = {
  mode: "development",
  devtool: false,
  target: "web",
  entry: path.resolve(__dirname, "fakeHost.ts"),
  output: { filename: "fake-host.js" },
  resolve: { extensions: [".ts", ".js", ".json"] },
  module: {
    rules: [
      typescriptRule({
        configFile: path.resolve(__dirname, "../../tsconfig.json"),
        onlyCompileBundledFiles: true,
        transpileOnly: true,
        compilerOptions: { noEmit: false, module: "es2020" },
      }),
    ],
  },
  performance: { hints: false },
};
