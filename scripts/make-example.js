#!/usr/bin/env node
/**
 * Builds examples/kabupaten-sukamaju-2024.xlsx: a fictional regency's LKE workbook made with
 * `lke template` and filled in the way evaluators do (grades, probes, one unfinished sheet,
 * one mistake to find). Run after `npm run prepare`; the result is committed.
 */
const path = require("node:path");
const fs = require("node:fs");
const os = require("node:os");
const ExcelJS = require("exceljs");
const { main } = require("../dist/node/cli/main.js");

const units = {
  "Dinas Kesehatan": ["AA", "A", "BB", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"],
  "Dinas Pendidikan": ["A", "BB", "B", "BB", "B", "B", "A", "BB", "B", "BB", "B", "CC"],
  "Dinas PUPR": ["BB", "B", "CC", "B", "CC", "C", "BB", "B", "CC", "B", "CC", "C"],
  Bappeda: ["AA", "AA", "A", "AA", "A", "A", "AA", "AA", "A", "AA", "A", "BB"],
  "Kecamatan Sukamaju": ["B", "CC", "C", "CC", "C", "D", "BB", "ba", null, "C", "D", null],
};

async function run() {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), "lke-example-"));
  const blank = path.join(temp, "blank.xlsx");
  const code = await main(["template", "sakip-2021", "-o", blank, "--units", Object.keys(units).join(","), "--year", "2024"]);
  if (code !== 0) throw new Error("template failed");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(blank);
  for (const [unit, grades] of Object.entries(units)) {
    const sheet = workbook.getWorksheet(unit);
    let g = 0;
    sheet.eachRow((row) => {
      const code = String(row.getCell(1).value ?? "");
      if (/^\d+\.[a-z]$/.test(code)) {
        const grade = grades[g++];
        if (grade) row.getCell(4).value = grade;
        if (grade === null) row.getCell(4).value = "AA/A/BB/B/CC/C/D/E";
      } else if (/^\d+\.[a-z]\.\d+$/.test(code)) {
        const grade = grades[g - 1] ?? "";
        const fulfilled = ["AA", "A", "BB"].includes(String(grade).toUpperCase());
        // Probes: every criterion fulfilled for BB and above, most of them otherwise.
        const n = Number(code.split(".")[2]);
        row.getCell(4).value = fulfilled || n % 3 !== 0 ? "Y" : "T";
      }
    });
  }
  workbook.getWorksheet("Dinas Kesehatan").getCell("F9").value = "Renstra 2021-2026 sudah direviu";
  workbook.title = "LKE Kabupaten Sukamaju 2024";
  const target = path.join(__dirname, "..", "examples", "kabupaten-sukamaju-2024.xlsx");
  await workbook.xlsx.writeFile(target);
  fs.rmSync(temp, { recursive: true, force: true });
  process.stdout.write(`${path.relative(process.cwd(), target)}\n`);
}

run().catch((error) => {
  process.stderr.write(`${error.stack || error}\n`);
  process.exitCode = 1;
});
