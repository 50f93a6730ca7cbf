import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { bufferOutput } from "../helpers/bufferOutput";
import { criteriaSheetRows, gradeSheetRows } from "../helpers/sakipRows";
import { cellMap, tempDir, writeRows } from "../helpers/xlsxFromRows";

const worked = ["AA", "BB", "B", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"];

async function scoreFile(args: string[] = []) {
  const dir = tempDir();
  const input = await writeRows(path.join(dir, "lke.xlsx"), [
    { name: "Dinkes", rows: gradeSheetRows(worked) },
    { name: "Dindik", rows: criteriaSheetRows([["Y", "T"], ["A", "B", "C", "A", "E"]]) },
    { name: "Catatan", rows: [["Catatan rapat"], ["tidak ada"]] },
  ]);
  const out = bufferOutput();
  const code = await main(["score", input, "--json", ...args], out);
  return { dir, input, out, code, json: out.jsonValues[0] as any };
}

describe("lke score --json", () => {
  test("prints exactly one JSON document", async () => {
    const { out } = await scoreFile();
    expect(out.stdout).toHaveLength(1);
  });

  test("reports the worked example: 77.1, BB", async () => {
    const { json } = await scoreFile();
    const sheet = json.sheets.find((s: any) => s.sheet === "Dinkes");
    expect([sheet.unit, sheet.scheme, sheet.total, sheet.predicate, sheet.complete]).toEqual(["Dinas Kesehatan", "sakip-2021", 77.1, "BB", true]);
  });

  test("reports components in points", async () => {
    const { json } = await scoreFile();
    const sheet = json.sheets.find((s: any) => s.sheet === "Dinkes");
    expect(sheet.components[0]).toEqual({ code: "1", name: "Perencanaan Kinerja", weight: 30, score: 23.7 });
  });

  test("writes <name>.dinilai.xlsx beside the input by default", async () => {
    const { json, dir } = await scoreFile();
    expect([json.output, fs.existsSync(path.join(dir, "lke.dinilai.xlsx"))]).toEqual([path.join(dir, "lke.dinilai.xlsx"), true]);
  });

  test("leaves sheets that are not indicator sheets out of the report", async () => {
    const { json } = await scoreFile();
    expect(json.sheets.map((s: any) => s.sheet)).toEqual(["Dinkes", "Dindik"]);
  });
});

describe("lke score writes in place", () => {
  test("never changes its input file", async () => {
    const { input } = await scoreFile();
    const before = await cellMap(input);
    const dir = path.dirname(input);
    await main(["score", input, "-o", path.join(dir, "b.xlsx")], bufferOutput());
    expect(await cellMap(input)).toEqual(before);
  });

  test("refuses to write over its input", async () => {
    const { input } = await scoreFile();
    const out = bufferOutput();
    expect(await main(["score", input, "-o", input], out)).toBe(2);
  });

  test("every cell outside the outputs is identical", async () => {
    const { input, json } = await scoreFile();
    const before = await cellMap(input);
    const after = await cellMap(json.output);
    const changed = [...after.keys()].filter((k) => before.get(k) !== after.get(k));
    // Outputs: column E of Dinkes and Dindik, the footer labels in column B, and LKE's own state sheet.
    const outside = changed.filter((k) => !/^(Dinkes|Dindik)!E\d+$/.test(k) && !/^(Dinkes|Dindik)!B\d+$/.test(k) && !k.startsWith("LKE_State!"));
    expect(outside).toEqual([]);
  });

  test("footer labels are written only below the body", async () => {
    const { input, json } = await scoreFile();
    const before = await cellMap(input);
    const after = await cellMap(json.output);
    const labels = [...after.keys()].filter((k) => /^Dinkes!B\d+$/.test(k) && before.get(k) !== after.get(k));
    expect(labels).toEqual(["Dinkes!B24", "Dinkes!B25"]);
  });

  test("the total cell holds a live formula with its value cached", async () => {
    const { json } = await scoreFile();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(json.output);
    expect(workbook.getWorksheet("Dinkes")!.getCell("E24").value).toEqual({ formula: "ROUND(SUM(E7,E11,E15,E19),2)", result: 77.1 });
  });

  test("--values writes plain values", async () => {
    const { json } = await scoreFile(["--values"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(json.output);
    expect(workbook.getWorksheet("Dinkes")!.getCell("E24").value).toBe(77.1);
  });

  test("scoring the scored workbook again gives the same cells", async () => {
    const { json, dir } = await scoreFile();
    const again = path.join(dir, "again.xlsx");
    await main(["score", json.output, "-o", again], bufferOutput());
    expect(await cellMap(again)).toEqual(await cellMap(json.output));
  });

  test("--in-place keeps a backup of the input", async () => {
    const { input } = await scoreFile();
    const before = await cellMap(input);
    await main(["score", input, "--in-place"], bufferOutput());
    expect(await cellMap(path.join(path.dirname(input), "lke.backup.xlsx"))).toEqual(before);
  });
});

describe("lke score exit codes", () => {
  test("0 when written and no sheet has errors", async () => {
    const { code } = await scoreFile();
    expect(code).toBe(0);
  });

  test("2 for a missing file, with one line naming it", async () => {
    const out = bufferOutput();
    const code = await main(["score", "tidak-ada.xlsx"], out);
    expect([code, out.stderr.length, out.stderr[0]]).toEqual([2, 1, expect.stringContaining("tidak-ada.xlsx")]);
  });

  test("2 for a file that is not a workbook", async () => {
    const file = path.join(tempDir(), "bukan.xlsx");
    fs.writeFileSync(file, "ini bukan workbook");
    const out = bufferOutput();
    expect(await main(["score", file], out)).toBe(2);
  });

  test("2 for an unknown --scheme", async () => {
    const { input } = await scoreFile();
    expect(await main(["score", input, "--scheme", "nope"], bufferOutput())).toBe(2);
  });
});

describe("lke --help", () => {
  test("lists the five commands", async () => {
    const out = bufferOutput();
    expect(await main(["--help"], out)).toBe(0);
    const help = out.stdout.join("\n");
    expect(["check", "score", "summary", "template", "schemes"].every((c) => help.includes(`  ${c}`))).toBe(true);
  });
});

describe("the printed table", () => {
  test("names the predicate in Bahasa Indonesia", async () => {
    const { input } = await scoreFile();
    const out = bufferOutput();
    await main(["score", input, "-o", path.join(path.dirname(input), "t.xlsx")], out);
    expect(out.stdout.join("\n")).toMatch(/Dinkes\s+Dinas Kesehatan\s+77,10\s+BB Sangat Baik/);
  });

  test("and in English with --lang en", async () => {
    const { input } = await scoreFile();
    const out = bufferOutput();
    await main(["score", input, "-o", path.join(path.dirname(input), "t.xlsx"), "--lang", "en"], out);
    expect(out.stdout.join("\n")).toMatch(/Dinkes\s+Dinas Kesehatan\s+77\.10\s+BB Very good/);
  });
});
