#!/usr/bin/env node
/**
 * Builds examples/kabupaten-sukamaju-2024.xlsx: a fictional regency's LKE workbook made with
 * `lke template` and filled in the way evaluators do (grades, probes, one unfinished sheet,
 * one mistake to find), and one unit that scored itself first: its own answers (Jawaban PM)
 * beside the evaluator's, differing in a few places, with the evaluator's notes and
 * recommendations. Run after `npm run prepare`; the result is committed.
 */
const path = require("node:path");
const fs = require("node:fs");
const os = require("node:os");
const ExcelJS = require("exceljs");
const { main } = require("../bin/cli").loadCli().cli;

const units = {
  "Dinas Kesehatan": ["AA", "A", "BB", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"],
  "Dinas Pendidikan": ["A", "BB", "B", "BB", "B", "B", "A", "BB", "B", "BB", "B", "CC"],
  "Dinas PUPR": ["BB", "B", "CC", "B", "CC", "C", "BB", "B", "CC", "B", "CC", "C"],
  Bappeda: ["AA", "AA", "A", "AA", "A", "A", "AA", "AA", "A", "AA", "A", "BB"],
  "Kecamatan Sukamaju": ["B", "CC", "C", "CC", "C", "D", "BB", "ba", null, "C", "D", null],
  "Dinas Sosial": ["A", "BB", "BB", "A", "BB", "B", "A", "BB", "B", "BB", "B", "CC"],
};

/** The unit that assessed itself (penilaian mandiri): higher than the evaluator on 1.b, 2.c and 4.a. */
const selfAssessed = {
  unit: "Dinas Sosial",
  grades: ["A", "A", "BB", "A", "BB", "BB", "A", "BB", "B", "A", "B", "CC"],
  notes: {
    "1.b": "Dua dari lima indikator kinerja utama belum terukur.",
    "2.c": "Capaian kinerja belum dibahas dalam rapat pimpinan.",
    "4.a": "Evaluasi internal hanya mencakup sekretariat.",
  },
  recommendations: {
    "1.b": "Reviu indikator kinerja utama agar memenuhi kriteria SMART.",
    "2.c": "Bahas capaian kinerja triwulanan dalam rapat pimpinan dan catat tindak lanjutnya.",
    "4.a": "Perluas evaluasi akuntabilitas kinerja internal ke seluruh bidang.",
    "4.c": "Tindak lanjuti rekomendasi evaluasi internal tahun lalu.",
  },
};

/** Grade of a sub-component row, probe (Y/T) of a criterion row under it: how the sheets are filled. */
function probe(code, grade) {
  const fulfilled = ["AA", "A", "BB"].includes(String(grade).toUpperCase());
  // Probes: every criterion fulfilled for BB and above, most of them otherwise.
  const n = Number(code.split(".")[2]);
  return fulfilled || n % 3 !== 0 ? "Y" : "T";
}

/** Jawaban PM and Nilai PM (the unit's own answers and their scores) and Rekomendasi, after Catatan. */
function addSelfAssessment(sheet) {
  const header = sheet.getRow(6);
  const headers = { 7: "Jawaban PM", 8: "Nilai PM", 9: "Rekomendasi" };
  for (const [col, text] of Object.entries(headers)) {
    const cell = header.getCell(Number(col));
    cell.value = text;
    cell.style = header.getCell(4).style;
  }
  sheet.getColumn(7).width = sheet.getColumn(4).width;
  sheet.getColumn(8).width = sheet.getColumn(5).width;
  sheet.getColumn(9).width = 40;
  let g = 0;
  let grade = null;
  sheet.eachRow((row, r) => {
    if (r <= 6) return;
    const code = String(row.getCell(1).value ?? "");
    if (/^\d+\.[a-z]$/.test(code)) grade = selfAssessed.grades[g++];
    else if (!/^\d+\.[a-z]\.\d+$/.test(code)) return;
    const answer = row.getCell(7);
    answer.value = /^\d+\.[a-z]$/.test(code) ? grade : probe(code, grade);
    answer.style = row.getCell(4).style;
    answer.dataValidation = row.getCell(4).dataValidation;
    if (selfAssessed.notes[code]) row.getCell(6).value = selfAssessed.notes[code];
    if (selfAssessed.recommendations[code]) row.getCell(9).value = selfAssessed.recommendations[code];
  });
}

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
        row.getCell(4).value = probe(code, grades[g - 1] ?? "");
      }
    });
  }
  addSelfAssessment(workbook.getWorksheet(selfAssessed.unit));
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
