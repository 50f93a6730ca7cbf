#!/usr/bin/env node
/**
 * `npm run demo`: the main job on the bundled sample. Checks the fictional Kabupaten
 * Sukamaju's workbook, scores it in place (into out/), builds the recap for the bureau and
 * writes each unit's evaluation report (LHE).
 * Exit 1 from a command means "findings to fix", which the sample has on purpose. The demo's
 * own results in out/ are replaced on every run (--force).
 */
const fs = require("node:fs");
const path = require("node:path");
const { main } = require("../bin/cli").loadCli().cli;

const root = path.join(__dirname, "..");
const sample = path.join(root, "examples", "kabupaten-sukamaju-2024.xlsx");
const out = path.join(root, "out");

async function step(title, args) {
  process.stdout.write(`\n=== ${title}\n$ lke ${args.map((a) => (a.includes(" ") ? JSON.stringify(a) : a)).join(" ")}\n\n`);
  const code = await main(args);
  if (code === 2) throw new Error(`lke ${args[0]} failed`);
  return code;
}

async function run() {
  fs.mkdirSync(out, { recursive: true });
  const rel = (p) => path.relative(process.cwd(), p) || ".";
  const scored = path.join(out, "kabupaten-sukamaju-2024.dinilai.xlsx");
  const recap = path.join(out, "rekap-kabupaten-sukamaju-2024.xlsx");
  const report = path.join(out, "lhe-kabupaten-sukamaju-2024.xlsx");
  await step("1. Periksa", ["check", rel(sample)]);
  await step("2. Hitung nilai dan predikat di tempat", ["score", rel(sample), "-o", rel(scored), "--force"]);
  await step("3. Rekap untuk Biro Organisasi", ["summary", rel(scored), "-o", rel(recap), "--title", "Kabupaten Sukamaju", "--year", "2024", "--force"]);
  await step("4. Laporan hasil evaluasi (LHE) per unit", ["report", rel(scored), "-o", rel(report), "--force"]);
  process.stdout.write(`\nHasil:\n  ${rel(scored)}\n  ${rel(recap)}\n  ${rel(report)}\n`);
}

run().catch((error) => {
  process.stderr.write(`demo: ${error.message}\n`);
  process.exitCode = 1;
});
