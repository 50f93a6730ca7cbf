import ExcelJS from "exceljs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { bufferOutput } from "../helpers/bufferOutput";
import { tempDir } from "../helpers/xlsxFromRows";

async function template(args: string[]) {
  const file = path.join(tempDir(), "baru.xlsx");
  const code = await main(["template", ...args, "-o", file], bufferOutput());
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return { code, workbook, file };
}

test("one sheet per unit", async () => {
  const { workbook } = await template(["sakip-2021", "--units", "Dinas Kesehatan, Bappeda"]);
  expect(workbook.worksheets.map((w) => w.name)).toEqual(["Dinas Kesehatan", "Bappeda"]);
});

test("unit names that are not valid sheet names are made valid", async () => {
  const { workbook } = await template(["sakip-2021", "--units", "Dinas A/B: [Kota]"]);
  expect(workbook.worksheets[0].name).toBe("Dinas A B Kota");
});

test("sub-component answer cells get the grade list", async () => {
  const { workbook } = await template(["sakip-2021"]);
  expect(workbook.worksheets[0].getCell("D8").dataValidation).toMatchObject({ type: "list", formulae: ['"AA,A,BB,B,CC,C,D,E"'] });
});

test("criterion answer cells of sakip-2021-kriteria get Y/T under a", async () => {
  const { workbook } = await template(["sakip-2021-kriteria"]);
  expect(workbook.worksheets[0].getCell("D9").dataValidation).toMatchObject({ formulae: ['"Y,T"'] });
});

test("the official criteria texts are there", async () => {
  const { workbook } = await template(["sakip-2021"]);
  expect(workbook.worksheets[0].getCell("B9").value).toBe("Terdapat pedoman teknis perencanaan kinerja.");
});

test("a fresh template scores to 0 with every answer reported missing", async () => {
  const { file } = await template(["sakip-2021"]);
  const out = bufferOutput();
  await main(["score", file, "--json"], out);
  const sheet = (out.jsonValues[0] as any).sheets[0];
  expect([sheet.total, sheet.predicate, sheet.complete, sheet.findings.filter((f: any) => f.code === "unanswered").length]).toEqual([0, "D", false, 12]);
});

test("an unknown scheme exits 2", async () => {
  const out = bufferOutput();
  expect(await main(["template", "nope", "-o", path.join(tempDir(), "x.xlsx")], out)).toBe(2);
});

test("lke schemes --json lists both schemes and the predicate scales, with the years they apply to", async () => {
  const out = bufferOutput();
  await main(["schemes", "--json"], out);
  const json = out.jsonValues[0] as any;
  expect(json.schemes.map((s: any) => s.id)).toEqual(["sakip-2021", "sakip-2021-kriteria"]);
  expect(json.predicateScales.map((s: any) => [s.id, s.years ?? null, s.confidence])).toEqual([
    ["sakip", null, "verified"],
    ["indeks-rb", null, "sourced"],
    ["pekppp", null, "sourced"],
    ["merit", { to: 2024 }, "sourced"],
    ["merit-2025", { from: 2025 }, "uncertain"],
    ["berakhlak", null, "uncertain"],
    ["mcp", { to: 2023 }, "uncertain"],
    ["mcp-2024", { from: 2024 }, "sourced"],
  ]);
});

test("lke schemes marks uncertain scales", async () => {
  const out = bufferOutput();
  await main(["schemes"], out);
  const text = out.stdout.join("\n");
  expect(text).toMatch(/merit-2025 .*\(tahun 2025-\) \[belum pasti\]/);
  expect(text).toMatch(/mcp-2024 .*\(tahun 2024-\) \[dari sumber sekunder\]/);
  expect(text).toMatch(/lke-lampiran .*\n.*\n\s+Indeks: zi \(tanpa predikat\), rb \(indeks-rb\), sakip \(sakip\)/);
});
