/**
 * A minimal require hook for running TypeScript scripts (such as scripts/bench.ts) without a
 * build step: each .ts file is transpiled on load with TypeScript's transpileModule (no type
 * checking; `npm run typecheck` does that). Usage: node -r ./scripts/ts-require.js file.ts
 */
"use strict";

const fs = require("fs");
const ts = require("typescript");

const compilerOptions = {
  target: ts.ScriptTarget.ES2020,
  module: ts.ModuleKind.CommonJS,
  esModuleInterop: true,
  resolveJsonModule: true,
  inlineSourceMap: true,
};

require.extensions[".ts"] = function compileTypeScript(module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, { compilerOptions, fileName: filename });
  module._compile(outputText, filename);
};
