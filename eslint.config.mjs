// ESLint flat config: typescript-eslint's recommended rules everywhere, and the Office
// add-in rules (load before read, no sync in loops, ...) on the code that talks to Office.js.
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import { layersPlugin } from "./eslint/layers.mjs";

// The plugin's own "recommended" config also enforces Prettier formatting and React
// settings; only its Office.js rules are wanted here, at the severities it recommends.
const officeAddinsRules = {
  "office-addins/call-sync-after-load": "error",
  "office-addins/call-sync-before-read": "error",
  "office-addins/load-object-before-read": "error",
  "office-addins/no-context-sync-in-loop": "error",
  "office-addins/no-empty-load": "warn",
  "office-addins/no-navigational-load": "warn",
  "office-addins/no-office-initialize": "warn",
  "office-addins/test-for-null-using-isNullObject": "error",
};

const nodeGlobals = {
  __dirname: "readonly",
  __filename: "readonly",
  Buffer: "readonly",
  URL: "readonly",
  console: "readonly",
  exports: "writable",
  module: "writable",
  process: "readonly",
  require: "readonly",
  setTimeout: "readonly",
  clearTimeout: "readonly",
};

/** Node's own modules, by both spellings: none of them exists in the core or in Office. */
const nodeModules = ["node:", "fs", "path", "os", "zlib", "crypto", "child_process", "stream", "util", "url", "events", "buffer"];

/**
 * The layers import in one direction only (docs/development.md): entry points -> use cases ->
 * core. Each layer names the folders and packages it must not reach, and enters the core by its
 * front door (src/core/index.ts); a wrong import fails the lint.
 */
const layer = (files, folders, packages, why) => ({
  name: `lke/layers/${files[0]}`,
  files,
  plugins: { lke: layersPlugin },
  rules: { "lke/layers": ["error", { folders, packages, why, doors: files[0].startsWith("src/core/") ? [] : ["src/core"], doorWhy: "Import the core from its front door (src/core/index.ts); export what you need there." }] },
});

const addin = ["src/addin", "src/io/office"];

const layers = [
  layer(
    ["src/core/**/*.ts"],
    ["src/app", "src/cli", "src/io", "src/addin"],
    [...nodeModules, "exceljs", "commander", "jszip"],
    "src/core is pure: no host, no Node, no Office, no file format library. Move the decision into core, or the I/O out of it.",
  ),
  layer(
    ["src/app/**/*.ts"],
    ["src/cli", "src/io", "src/addin"],
    [...nodeModules, "exceljs", "commander", "jszip"],
    "src/app holds the use cases both hosts share: core only, no host, no I/O.",
  ),
  layer(["src/io/xlsx/**/*.ts"], ["src/app", "src/cli", ...addin], [], "src/io/xlsx reads and writes .xlsx for both hosts: it may use core only."),
  layer(["src/cli/**/*.ts"], addin, [], "The command line does not import the add-in: shared logic belongs in src/app or core."),
  layer([...addin.map((f) => `${f}/**/*.ts`)], ["src/cli"], nodeModules, "The add-in runs in Office's browser: no Node modules, no command-line code; shared logic belongs in src/app or core."),
];

export default defineConfig([
  globalIgnores(["node_modules/", "dist/", "out/", "coverage/", "test-output/"]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: "lke/shared",
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
        },
      ],
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
    },
  },
  {
    name: "lke/commonjs",
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: nodeGlobals },
    rules: {
      // Build scripts and configs are plain CommonJS.
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    // The pane's browser check runs in Internet Explorer too: ES5, a plain script.
    name: "lke/browser-check",
    files: ["src/addin/taskpane/browserCheck.js"],
    languageOptions: { ecmaVersion: 5, sourceType: "script", globals: { window: "readonly", document: "readonly", navigator: "readonly", BigInt: "readonly", Promise: "readonly" } },
  },
  {
    name: "lke/esm-scripts",
    files: ["**/*.mjs"],
    languageOptions: { sourceType: "module", globals: nodeGlobals },
  },
  {
    // Office.js hosts only: the rules recognise proxies by shape, so ExcelJS code in the CLI
    // (cell.value) would read as an unloaded Office.js property.
    name: "lke/office-addins",
    files: ["src/io/office/**/*.ts", "src/addin/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: officeAddinsRules,
  },
  ...layers,
  {
    name: "lke/tests",
    files: ["test/**/*.ts"],
    rules: {
      // Fakes of the Office API need loose typing now and then.
      "@typescript-eslint/no-explicit-any": "off",
    },
  },
]);
