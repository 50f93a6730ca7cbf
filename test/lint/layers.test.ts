/**
 * The layer rule itself: ESLint (with the project's config) fails on an import that crosses a
 * layer the wrong way, and passes the same import where it is allowed.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const root = path.join(__dirname, "..", "..");
const eslint = path.join(root, "node_modules", "eslint", "bin", "eslint.js");

/** Lints `text` as if it were the file `file`; returns the rule ids reported. */
function lint(file: string, text: string): string[] {
  const result = spawnSync(process.execPath, [eslint, "--format", "json", "--stdin", "--stdin-filename", file], { cwd: root, input: text, encoding: "utf8" });
  const [report] = JSON.parse(result.stdout) as { messages: { ruleId: string | null }[] }[];
  return report.messages.map((m) => m.ruleId ?? "parse");
}

test.each([
  ["src/core/score/extra.ts", 'import * as fs from "node:fs";\nexport const a = fs;\n'],
  ["src/core/score/extra.ts", 'import ExcelJS from "exceljs";\nexport const a = ExcelJS;\n'],
  ["src/core/score/extra.ts", 'import { main } from "../../cli/main";\nexport const a = main;\n'],
  ["src/core/score/extra.ts", 'import { runScore } from "../../app";\nexport const a = runScore;\n'],
  ["src/app/extra.ts", 'import * as fs from "node:fs";\nexport const a = fs;\n'],
  ["src/app/extra.ts", 'import { LkeAddin } from "../io/office/lke";\nexport const a = LkeAddin;\n'],
  ["src/io/xlsx/extra.ts", 'import { main } from "../../cli/main";\nexport const a = main;\n'],
  ["src/cli/extra.ts", 'import { LkeAddin } from "../io/office/lke";\nexport const a = LkeAddin;\n'],
  ["src/cli/commands/extra.ts", 'import { runRibbon } from "../../addin/commands/ribbon";\nexport const a = runRibbon;\n'],
  ["src/addin/taskpane/extra.ts", 'import * as fs from "fs";\nexport const a = fs;\n'],
  ["src/io/office/extra.ts", 'import { main } from "../../cli/main";\nexport const a = main;\n'],
  // The core is entered by its front door only.
  ["src/cli/extra.ts", 'import { analyzeWorkbook } from "../core/engine";\nexport const a = analyzeWorkbook;\n'],
  ["src/io/office/extra.ts", 'import type { Finding } from "../../core/validate/finding";\nexport type A = Finding;\n'],
])("%s may not: %s", (file, text) => {
  expect(lint(file, text)).toEqual(["lke/layers"]);
});

test.each([
  ["src/cli/extra.ts", 'import { runCheck } from "./commands/check";\nexport const a = runCheck;\n'],
  ["src/cli/extra.ts", 'import * as fs from "node:fs";\nexport const a = fs;\n'],
  ["src/cli/extra.ts", 'import { analyzeWorkbook } from "../core";\nexport const a = analyzeWorkbook;\n'],
  ["src/io/office/extra.ts", 'import { analyzeWorkbook } from "../../core";\nexport const a = analyzeWorkbook;\n'],
  ["src/io/office/extra.ts", 'import { analyzeWorkbook } from "../../core/index";\nexport const a = analyzeWorkbook;\n'],
  ["src/core/score/extra.ts", 'import { exact } from "../exact";\nexport const a = exact;\n'],
])("%s may: %s", (file, text) => {
  expect(lint(file, text)).toEqual([]);
});
