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
const { Compilation, sources } = require("webpack");
const { typescriptRule } = require("./scripts/typescriptRule");

/**
 * Writes the bundle in ASCII: the few other characters (dashes, quotes and arrows in messages
 * and comments) become \uXXXX escapes, which mean the same in strings, templates and regular
 * expressions. Node then holds the 1.3 MB source as a one-byte string, quicker to decode and
 * to check against its code cache at every start.
 */
class AsciiBundle {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("AsciiBundle", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "AsciiBundle", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE }, (assets) => {
        for (const name of Object.keys(assets).filter((n) => n.endsWith(".js"))) {
          const text = assets[name].source().toString();
          // After a backslash an escape would change meaning ("\\–" would read as "\\" and "u2013").
          if (/\\[^\t-\x7f]/.test(text)) throw new Error(`${name}: a character outside ASCII follows a backslash`);
          const ascii = text.replace(/[^\t-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
          if (ascii !== text) compilation.updateAsset(name, new sources.RawSource(ascii));
        }
      });
    });
  }
}

/**
 * Writes the command line as one function expression, CommonJS's module wrapper around it, for
 * bin/cli.js to compile as it stands: its text read as Latin-1 (which ASCII is) stays outside
 * V8's heap, where the wrapper added at load time made a second copy of 1.3 MB to collect.
 */
class FunctionBundle {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionBundle", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "FunctionBundle", stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER }, (assets) => {
        const text = assets["lke.js"].source().toString();
        compilation.updateAsset("lke.js", new sources.RawSource(`(function (exports, require, module, __filename, __dirname) {\n${text}\n});\n`));
      });
    });
  }
}

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
  externals: [
    { exceljs: "commonjs exceljs" },
    // Commander loads child_process for subcommands run as programs of their own, which LKE has
    // none of; loading it at every start took 12-19 ms. It is loaded if it is ever called.
    ({ request, context }, callback) =>
      request === "node:child_process" && /[\\/]node_modules[\\/]commander[\\/]/.test(context)
        ? callback(null, 'var { spawn: (...args) => require("node:child_process").spawn(...args) }')
        : callback(),
  ],
  resolve: {
    extensions: [".ts", ".js", ".json"],
    // ES module builds where a package has them, so unused parts are left out.
    conditionNames: ["import", "node", "default"],
  },
  module: {
    rules: [
      typescriptRule({
        configFile: path.resolve(__dirname, "tsconfig.cli.json"),
        transpileOnly: true,
        compilerOptions: { module: "es2020", target: "es2022", sourceMap: false },
      }),
    ],
  },
  // Readable stack traces in bug reports matter more than the few milliseconds minifying saves.
  optimization: { minimize: false },
  plugins: [new AsciiBundle(), new FunctionBundle()],
  performance: { hints: false },
  stats: "errors-warnings",
};
