import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { bufferOutput } from "../helpers/bufferOutput";
import { gradeSheetRows } from "../helpers/sakipRows";
import { tempDir, writeRows } from "../helpers/xlsxFromRows";

const worked = ["AA", "BB", "B", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"];

async function twoFiles() {
  const dir = tempDir();
  const clean = await writeRows(path.join(dir, "bersih.xlsx"), [{ name: "Dinkes", rows: gradeSheetRows(worked) }]);
  const rows = gradeSheetRows(worked);
  rows[8][3] = "ZZ"; // 1.b, cell D9
  const dirty = await writeRows(path.join(dir, "salah.xlsx"), [{ name: "Dindik", rows }]);
  return { clean, dirty };
}

async function check(args: string[]) {
  const out = bufferOutput();
  const code = await main(["check", ...args], out);
  return { code, out, json: out.jsonValues[0] as any };
}

test("exit 0 when no finding is an error", async () => {
  const { clean } = await twoFiles();
  expect((await check([clean])).code).toBe(0);
});

test("exit 1 when any finding is an error", async () => {
  const { clean, dirty } = await twoFiles();
  expect((await check([clean, dirty])).code).toBe(1);
});

test("--json lists findings with file, sheet, cell, severity, code and message", async () => {
  const { dirty } = await twoFiles();
  const { json } = await check([dirty, "--json"]);
  expect(json.findings[0]).toMatchObject({ file: "salah.xlsx", sheet: "Dindik", cell: "D9", severity: "error", code: "answer-not-on-scale" });
});

test("the message quotes the offending value and the allowed answers, in Bahasa Indonesia", async () => {
  const { dirty } = await twoFiles();
  const { json } = await check([dirty, "--json"]);
  expect(json.findings[0].message).toMatch(/ZZ.*AA, A, BB, B, CC, C, D, E/);
});

test("--lang en gives the message in English", async () => {
  const { dirty } = await twoFiles();
  const { json } = await check([dirty, "--json", "--lang", "en"]);
  expect(json.findings[0].message).toMatch(/not one of the choices|is not on|Enter one of/i);
});

test("--json prints exactly one JSON document", async () => {
  const { clean, dirty } = await twoFiles();
  const { out } = await check([clean, dirty, "--json"]);
  expect(out.stdout).toHaveLength(1);
});

test("the printed report groups findings by file and sheet, with counts", async () => {
  const { clean, dirty } = await twoFiles();
  const text = (await check([clean, dirty])).out.stdout.join("\n");
  expect(text).toMatch(/bersih\.xlsx\n {2}Dinkes: 0 kesalahan, 0 peringatan, 0 catatan\nsalah\.xlsx\n {2}Dindik: 1 kesalahan/);
});

test("exit 2 when a file cannot be read, even beside a good one", async () => {
  const { clean } = await twoFiles();
  expect((await check([clean, path.join(path.dirname(clean), "hilang.xlsx")])).code).toBe(2);
});

describe("custom schemes", () => {
  const custom = {
    id: "kabupaten-2025",
    name: "Evaluasi internal 2025",
    predicateScale: "sakip",
    aggregation: "grade",
    subcomponentScale: "grade-88",
    components: [{ code: "1", name: "Kinerja", weight: 100, subcomponents: [{ code: "1.a", name: "Semua", weight: 100 }] }],
  };
  const rows = [["Skema", "kabupaten-2025"], ["Kode", "Uraian", "Bobot", "Jawaban", "Nilai"], ["1", "Kinerja", 100], ["1.a", "Semua", 100, "BB"]];

  test("--scheme-file scores a sheet that names it", async () => {
    const dir = tempDir();
    const schemeFile = path.join(dir, "skema.json");
    fs.writeFileSync(schemeFile, JSON.stringify(custom));
    const input = await writeRows(path.join(dir, "k.xlsx"), [{ name: "Unit", rows }]);
    const out = bufferOutput();
    await main(["score", input, "--scheme-file", schemeFile, "--json"], out);
    expect((out.jsonValues[0] as any).sheets[0]).toMatchObject({ scheme: "kabupaten-2025", total: 80, predicate: "BB" });
  });

  test("a scheme carried in a 'Skema LKE' sheet is used", async () => {
    const dir = tempDir();
    const json = JSON.stringify(custom);
    const chunks = [[json.slice(0, 100)], [json.slice(100)]];
    const input = await writeRows(path.join(dir, "k.xlsx"), [{ name: "Unit", rows }, { name: "Skema LKE", rows: chunks }]);
    const out = bufferOutput();
    await main(["score", input, "--json"], out);
    expect((out.jsonValues[0] as any).sheets[0]).toMatchObject({ scheme: "kabupaten-2025", total: 80 });
  });

  test("an invalid scheme file names the field and exits 2", async () => {
    const dir = tempDir();
    const schemeFile = path.join(dir, "skema.json");
    fs.writeFileSync(schemeFile, JSON.stringify({ ...custom, components: [{ ...custom.components[0], weight: "seratus" }] }));
    const input = await writeRows(path.join(dir, "k.xlsx"), [{ name: "Unit", rows }]);
    const out = bufferOutput();
    const code = await main(["check", input, "--scheme-file", schemeFile], out);
    expect([code, out.stderr[0]]).toEqual([2, expect.stringContaining("components[0].weight")]);
  });
});
