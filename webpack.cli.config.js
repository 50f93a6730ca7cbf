/**
 * Builds the command line into one file, dist/node/lke.js (run by bin/lke.js through bin/cli.js;
 * `npm run prepare`, which then makes its code cache with scripts/cli-code-cache.js).
 * One bundled file starts in about two thirds of the time of hundreds of modules resolved and
 * compiled one by one, and only the parts of zod LKE uses are in it. ExcelJS stays outside: it
 * is loaded only when a command rewrites or makes a workbook through it.
 * Type-checking is `npm run typecheck`'s job; this only transpiles.
 */
"use strict";

const path = require("path");

module.exports = {
  mode: "production",
  target: "node20",
  devtool: false,
  entry: { lke: "./src/cli/main.ts" },
  output: {
    path: path.resolve(__dirname, "dist/node"),
    filename: "[name].js",
    library: { type: "commonjs2" },
    clean: true,
  },
  // __dirname stays the bundle's folder (the version is read from the package.json above it).
  node: { __dirname: false, __filename: false },
  externals: { exceljs: "commonjs exceljs" },
  resolve: {
    extensions: [".ts", ".js", ".json"],
    // ES module builds where a package has them, so unused parts are left out.
    conditionNames: ["import", "node", "default"],
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: {
            configFile: path.resolve(__dirname, "tsconfig.cli.json"),
            transpileOnly: true,
            compilerOptions: { module: "es2020", target: "es2022", sourceMap: false },
          },
        },
      },
    ],
  },
  // Readable stack traces in bug reports matter more than the few milliseconds minifying saves.
  optimization: { minimize: false },
  performance: { hints: false },
  stats: "errors-warnings",
};
