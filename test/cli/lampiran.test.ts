/**
 * The KemenPANRB "Lampiran" form through the command line: a fixture of the LKE ZI form built
 * here, and the real LKE ZI and t-SEMAR reference tables from ../shared/lke-real/ when present
 * (CI has them; they are never part of the project).
 */
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { bufferOutput } from "../helpers/bufferOutput";
import { tempDir } from "../helpers/xlsxFromRows";
import { writeLampiranWorkbook } from "../core/profile/lampiranFixture";

const realDir = path.resolve(__dirname, "../../../shared/lke-real");
const ziFile = path.join(realDir, "zi_LKE_Zona_Integritas_puskesmas.xlsx");
const tsemarFiles = fs.existsSync(realDir) ? fs.readdirSync(realDir).filter((f) => f.startsWith("tsemar_")).map((f) => path.join(realDir, f)) : [];
const present = fs.existsSync(ziFile);
const inCi = /^(1|true|yes)$/i.test(process.env.CI ?? "");

if (!present) {
  if (inCi) throw new Error(`CI must provide the real workbooks at ${realDir}`);
  console.log(`SKIPPED: the real LKE ZI and t-SEMAR tests need ${realDir}, which is not present (it is never part of the project).`);
}
const describeReal = present ? describe : describe.skip;

async function run(args: string[]) {
  const out = bufferOutput();
  const code = await main(args, out);
  return { code, out, json: out.jsonValues[0] as any };
}

describe("lke on a fixture of the LKE ZI form", () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = tempDir("lke-lampiran-");
    file = await writeLampiranWorkbook(path.join(dir, "zi.xlsx"), "zi");
  });

  test("score --json: one entry per assessment, its total from the workbook's formulas", async () => {
    const output = path.join(dir, "zi.dinilai.xlsx");
    const { code, json } = await run(["score", file, "-o", output, "--json"]);
    expect(code).toBe(0);
    expect(json.sheets.map((s: any) => [s.sheet, s.assessment, s.index, s.total, s.predicate])).toEqual([
      ["LKE ZI", "PENILAIAN UNIT KERJA", "zi", 79.13, null],
      ["LKE ZI", "PENILAIAN EVALUATOR", "zi", 82.43, null],
    ]);
    expect(json.sheets[0].components.map((c: any) => c.name)).toEqual(["PENGUNGKIT", "HASIL"]);
  });

  test("check --json names each defect at its cell, in the language asked", async () => {
    const { code, json } = await run(["check", file, "--json", "--lang", "en"]);
    expect(code).toBe(0);
    const warnings = json.findings.filter((f: any) => f.severity === "warning");
    expect(warnings.map((f: any) => [f.code, f.cell])).toEqual([
      ["answer-type-unknown", "G10"],
      ["answer-not-in-choices", "K8"],
      ["answer-not-in-list", "K8"],
      ["gating-missing", "L9"],
      ["formula-inconsistent", "L14"],
    ]);
    expect(warnings[0].message).toContain("“Ya”");
  });
});

describeReal("lke on the real LKE Zona Integritas", () => {
  test("score --json: 95.58 from its own formulas, Pengungkit and Hasil, index ZI", async () => {
    const output = path.join(tempDir("lke-zi-"), "zi.dinilai.xlsx");
    const { code, json } = await run(["score", ziFile, "-o", output, "--json"]);
    expect(code).toBe(0);
    expect(json.sheets).toHaveLength(1);
    const [zi] = json.sheets;
    expect([zi.sheet, zi.assessment, zi.index, zi.total, zi.predicate]).toEqual(["LKE ZI", "Penilaian", "zi", 95.58, null]);
    expect(zi.components.map((c: any) => [c.code, c.name, Math.round(c.score * 100) / 100])).toEqual([
      ["A.", "PENGUNGKIT", 55.58],
      ["B.", "HASIL", 40],
    ]);
  });

  test("check flags its real defects: an answer type its formula does not know, a range mixing levels", async () => {
    const { json } = await run(["check", ziFile, "--json"]);
    const warnings = json.findings.filter((f: any) => f.severity !== "info");
    expect(warnings.map((f: any) => [f.sheet, f.cell, f.code])).toEqual([
      ["LKE ZI", "J8", "answer-type-unknown"],
      // LHKASN (L183) is left out of L175's mean, which takes LHKPN (L176) with its own parts.
      ["LKE ZI", "L175", "formula-range-mixes-levels"],
    ]);
  });
});

describe("lke on a fixture of the LKE ZI form naming its regulation", () => {
  test("a Bobot unlike PermenPANRB 90/2021: check exits 1 with the error at that cell; score reports the workbook's total", async () => {
    const dir = tempDir("lke-lampiran-regulation-");
    const file = await writeLampiranWorkbook(path.join(dir, "zi.xlsx"), "zi", (rows) => {
      rows[0] = ["LAMPIRAN III PERATURAN MENTERI PANRB NOMOR 90 TAHUN 2021 - LEMBAR KERJA EVALUASI PEMBANGUNAN ZONA INTEGRITAS"];
      rows[4][5] = 30; // Pemenuhan as the regulation sets it
      rows[17][5] = 20; // Pelayanan publik yang prima: the regulation sets 17.5
      return rows;
    });
    const checked = await run(["check", file, "--json", "--lang", "en"]);
    expect(checked.code).toBe(1);
    const regulation = checked.json.findings.filter((f: any) => f.code.endsWith("-from-regulation"));
    expect(regulation.map((f: any) => [f.code, f.severity, f.cell, f.params.weight, f.params.regulationWeight])).toEqual([["form-weight-differs-from-regulation", "error", "F18", 20, 17.5]]);
    expect(regulation[0].message).toContain("PermenPANRB 90/2021");
    const scored = await run(["score", file, "-o", path.join(dir, "zi.dinilai.xlsx"), "--json"]);
    expect(scored.code).toBe(1);
    // 3.5/4 x 20 as the workbook computes it, not x 17.5: 44.125 + 17.5.
    expect(scored.json.sheets.map((s: any) => s.total)).toEqual([61.63, 67.43]);
  });
});

describeReal("lke on the real LKE Zona Integritas against PermenPANRB 90/2021", () => {
  const regulationFindings = (json: any) => json.findings.filter((f: any) => f.code.endsWith("-from-regulation"));

  test("its title names the regulation, and it agrees wherever LKE knows the regulation's figures", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(ziFile);
    expect(String(workbook.getWorksheet("LKE ZI")!.getCell("B1").value)).toMatch(/NOMOR 90 TAHUN 2021/);
    const { json } = await run(["check", ziFile, "--json"]);
    expect(regulationFindings(json)).toEqual([]);
  });

  test("a copy with Pemenuhan weighed 35 has the error at H5, and its total is still its own 95.58", async () => {
    const dir = tempDir("lke-zi-regulation-");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(ziFile);
    workbook.getWorksheet("LKE ZI")!.getCell("H5").value = 35;
    const copy = path.join(dir, "zi.xlsx");
    await workbook.xlsx.writeFile(copy);
    const { code, json } = await run(["check", copy, "--json", "--lang", "en"]);
    expect(code).toBe(1);
    expect(regulationFindings(json).map((f: any) => [f.cell, f.params.name, f.params.weight, f.params.regulationWeight])).toEqual([["H5", "PEMENUHAN", 35, 30]]);
    // Read through summary, which writes nothing into the workbook (its form sheet is protected).
    const summary = await run(["summary", copy, "-o", path.join(dir, "rekap.xlsx"), "--json"]);
    expect(summary.json.units.map((u: any) => u.total)).toEqual([95.58]);
  });
});

describeReal("lke on the t-SEMAR reference tables (no evaluation in them)", () => {
  test.each(tsemarFiles.map((f) => [path.basename(f), f]))("%s: check exits 1 with no-evaluation-sheet", async (_name, tsemar) => {
    const { code, json } = await run(["check", tsemar, "--json"]);
    expect(code).toBe(1);
    expect(json.findings.map((f: any) => f.code)).toEqual(["no-evaluation-sheet"]);
    expect(json.findings[0].params.sheets).not.toBe("");
  });

  test("score writes nothing and exits 2 with the same message", async () => {
    const output = path.join(tempDir("lke-tsemar-"), "out.xlsx");
    const { code, out } = await run(["score", tsemarFiles[0], "-o", output]);
    expect(code).toBe(2);
    expect(fs.existsSync(output)).toBe(false);
    expect(out.stderr.join("\n")).toContain("LKE tidak menemukan lembar evaluasi");
  });
});

describe("lke summary with a workbook holding no evaluation", () => {
  test("lists it as skipped, with the reason, in its JSON and on the Ringkasan sheet", async () => {
    const dir = tempDir("lke-lampiran-summary-");
    const rb = await writeLampiranWorkbook(path.join(dir, "rb.xlsx"), "rb");
    const table = path.join(dir, "tabel.xlsx");
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Tabel Skor").addRows([
      ["Komponen", "Keberadaan (20%)", "Kualitas (30%)"],
      ["Perencanaan", 6, 9],
    ]);
    await workbook.xlsx.writeFile(table);
    const output = path.join(dir, "rekap.xlsx");
    const { code, json } = await run(["summary", rb, table, "-o", output, "--json", "--lang", "en"]);
    expect(code).toBe(1);
    expect(json.units.map((u: any) => [u.sheet, u.total, u.predicate])).toEqual([["LKE RB 2019 [PENILAIAN TAHUN 2019]", 67.25, "B"]]);
    expect(json.skipped).toEqual([{ file: "tabel.xlsx", reason: expect.stringContaining("Tabel Skor (a table without evaluation headers)") }]);
    expect(json.skipped[0].reason).toMatch(/^LKE recognises no evaluation/);
    const recap = new ExcelJS.Workbook();
    await recap.xlsx.readFile(output);
    const texts: string[] = [];
    recap.getWorksheet("Ringkasan")!.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    // --lang en: the recap is written in English too.
    expect(texts).toContain("Files skipped (no evaluation recognised)");
    expect(texts.some((t) => t.startsWith("tabel.xlsx: LKE recognises") && t.includes("Tabel Skor"))).toBe(true);
  });
});
