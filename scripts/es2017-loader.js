/**
 * A webpack loader that lowers a package's JavaScript to ES2017 with the TypeScript compiler
 * (already a dependency), so every page parses in EdgeHTML 18. Files without syntax newer
 * than ES2017 pass through unchanged.
 */
"use strict";

const ts = require("typescript");

/** Cheap test for syntax past ES2017: optional chaining, nullish coalescing, spread in objects, optional catch binding. */
const newerSyntax = /\?\.|\?\?|\{\s*\.\.\.|,\s*\.\.\.[A-Za-z_$]|catch\s*\{|#[A-Za-z_$][\w$]*\s*[;=(]|\bstatic\s*\{/;

module.exports = function es2017Loader(source, map) {
  if (!newerSyntax.test(source)) return this.callback(null, source, map);
  const output = ts.transpileModule(source, {
    fileName: this.resourcePath,
    compilerOptions: {
      allowJs: true,
      target: ts.ScriptTarget.ES2017,
      module: ts.ModuleKind.ESNext,
      sourceMap: false,
      importHelpers: false,
    },
  });
  this.callback(null, output.outputText);
};
