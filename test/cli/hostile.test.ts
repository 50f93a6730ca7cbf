/**
 * Broken, hostile and awkward workbooks, built here: each gets one clear line naming the file
 * (exit 2, nothing written) or is scored correctly without touching what it must not.
 */
import ExcelJS from "exceljs";
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { bufferOutput } from "../helpers/bufferOutput";
import { gradeSheetRows } from "../helpers/sakipRows";
import { tempDir, workbookFromRows, writeRows } from "../helpers/xlsxFromRows";
import { oleFile } from "../helpers/oleFile";
import { zip } from "../helpers/zipWriter";

const worked = ["AA", "BB", "B", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"];

async function validWorkbookBytes(): Promise<Buffer> {
  return Buffer.from(await workbookFromRows([{ name: "Dinkes", rows: gradeSheetRows(worked) }]).xlsx.writeBuffer());
}

async function refusal(file: string, command: "score" | "check" = "score") {
  const out = bufferOutput();
  const target = path.join(path.dirname(file), "keluaran.xlsx");
  const args = command === "score" ? ["score", file, "-o", target] : ["check", file];
  const code = await main(args, out);
  return { code, lines: out.stderr, written: fs.existsSync(target), stdout: out.stdout };
}

function file(name: string, data: Buffer | string): string {
  const target = path.join(tempDir(), name);
  fs.writeFileSync(target, data);
  return target;
}


describe.each([
  ["a text file", () => file("teks.xlsx", "ini bukan workbook"), "bukan berkas .xlsx yang sah"],
  ["an empty file", () => file("kosong.xlsx", ""), "bukan berkas .xlsx yang sah"],
  ["a password-protected workbook", () => file("rahasia.xlsx", oleFile(["EncryptionInfo", "EncryptedPackage"])), "terproteksi kata sandi"],
  ["an old .xls workbook", () => file("lama.xls", oleFile(["Workbook", "SummaryInformation"])), "format .xls lama"],
  ["an old .xls workbook renamed .xlsx", () => file("lama.xlsx", oleFile(["Workbook"])), "format .xls lama"],
  ["an Excel 5 workbook", () => file("excel5.xlsx", oleFile(["Book"])), "format .xls lama"],
  ["another OLE2 file", () => file("dokumen.xlsx", oleFile(["WordDocument"])), "bukan berkas .xlsx yang sah"],
  ["a missing file", () => path.join(tempDir(), "tidak-ada.xlsx"), "tidak ditemukan"],
  ["an empty folder", () => tempDir(), "tidak berisi berkas .xlsx"],
])("%s", (_name, make, words) => {
  test("exits 2 with one line naming the file and what to do, writing nothing", async () => {
    const input = make();
    const result = await refusal(input);
    expect([result.code, result.lines.length, result.lines[0].includes(input), result.lines[0].includes(words), result.written]).toEqual([2, 1, true, true, false]);
  });
});

test("a truncated workbook is refused as damaged", async () => {
  const bytes = await validWorkbookBytes();
  const result = await refusal(file("potong.xlsx", bytes.subarray(0, Math.floor(bytes.length / 2))));
  expect([result.code, result.lines[0]]).toEqual([2, expect.stringContaining("rusak atau terpotong")]);
});

test("a zip bomb is refused before it is unpacked", async () => {
  const bomb = zip([{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(30 * 1024 * 1024) }]);
  const result = await refusal(file("bom.xlsx", bomb));
  expect([result.code, bomb.length < 200_000, result.lines[0]]).toEqual([2, true, expect.stringContaining("bom zip")]);
});

test("a package claiming sizes its parts do not have is refused as damaged", async () => {
  const parts = Array.from({ length: 50 }, (_, i) => ({ name: `xl/p${i}.xml`, data: Buffer.from("x"), claimedSize: 9 * 1024 * 1024 }));
  const result = await refusal(file("besar.xlsx", zip(parts)));
  expect([result.code, result.lines[0]]).toEqual([2, expect.stringContaining("rusak")]);
});

test("check of an unreadable file exits 2 too", async () => {
  expect((await refusal(file("teks.xlsx", "x"), "check")).code).toBe(2);
});

test("a zip that is not a workbook is refused without a stack trace", async () => {
  const result = await refusal(file("lain.xlsx", zip([{ name: "hello.txt", data: Buffer.from("hai") }])));
  expect([result.code, result.lines.length, /\n\s+at /.test(result.lines[0])]).toEqual([2, 1, false]);
});

describe("a protected sheet", () => {
  async function protectedInput(): Promise<string> {
    const workbook = workbookFromRows([{ name: "Dinkes", rows: gradeSheetRows(worked) }]);
    await workbook.getWorksheet("Dinkes")!.protect("rahasia", {});
    const input = path.join(tempDir(), "terkunci.xlsx");
    await workbook.xlsx.writeFile(input);
    return input;
  }

  test("is refused whole, naming the sheet, with nothing written", async () => {
    const result = await refusal(await protectedInput());
    expect([result.code, result.lines[0].includes('"Dinkes"'), result.written]).toEqual([2, true, false]);
  });
});

describe("awkward but valid workbooks", () => {
  test("a sheet name with quotes and spaces is scored", async () => {
    const name = "Dinas 'Kesehatan' & KB";
    const input = await writeRows(path.join(tempDir(), "nama.xlsx"), [{ name, rows: gradeSheetRows(worked) }]);
    const out = bufferOutput();
    await main(["score", input, "--json"], out);
    expect((out.jsonValues[0] as any).sheets[0]).toMatchObject({ sheet: name, total: 77.1 });
  });

  test("a 32,000-character description does not disturb scoring", async () => {
    const rows = gradeSheetRows(worked);
    rows[7][1] = "panjang ".repeat(4000);
    const input = await writeRows(path.join(tempDir(), "panjang.xlsx"), [{ name: "Dinkes", rows }]);
    const out = bufferOutput();
    await main(["score", input, "--json"], out);
    expect((out.jsonValues[0] as any).sheets[0].total).toBe(77.1);
  });

  test("hidden rows are scored like any other", async () => {
    const workbook = workbookFromRows([{ name: "Dinkes", rows: gradeSheetRows(worked) }]);
    workbook.getWorksheet("Dinkes")!.getRow(9).hidden = true;
    const input = path.join(tempDir(), "tersembunyi.xlsx");
    await workbook.xlsx.writeFile(input);
    const out = bufferOutput();
    await main(["score", input, "--json"], out);
    expect((out.jsonValues[0] as any).sheets[0].total).toBe(77.1);
  });

  test("an error value in an answer cell is reported at its cell and counts 0", async () => {
    const rows = gradeSheetRows(worked);
    rows[7][3] = { error: "#REF!" };
    const input = await writeRows(path.join(tempDir(), "galat.xlsx"), [{ name: "Dinkes", rows }]);
    const out = bufferOutput();
    const code = await main(["score", input, "--json"], out);
    const sheet = (out.jsonValues[0] as any).sheets[0];
    expect([code, sheet.total, sheet.findings.some((f: any) => f.code === "error-value" && f.cell === "D8")]).toEqual([1, 71.1, true]);
  });

  describe("a score cell merged with its answer cell", () => {
    async function mergedRun() {
      const workbook = workbookFromRows([{ name: "Dinkes", rows: gradeSheetRows(worked) }]);
      workbook.getWorksheet("Dinkes")!.mergeCells("D9:E9");
      const input = path.join(tempDir(), "gabung.xlsx");
      await workbook.xlsx.writeFile(input);
      const out = bufferOutput();
      const code = await main(["score", input, "--json"], out);
      const result = new ExcelJS.Workbook();
      await result.xlsx.readFile((out.jsonValues[0] as any).output);
      return { code, json: out.jsonValues[0] as any, sheet: result.getWorksheet("Dinkes")! };
    }

    test("keeps the answer", async () => {
      const { sheet } = await mergedRun();
      expect(sheet.getCell("D9").value).toBe("BB");
    });

    test("is reported as an error at the score cell", async () => {
      const { json, code } = await mergedRun();
      expect([code, json.sheets[0].findings.find((f: any) => f.code === "output-cell-merged")?.cell]).toEqual([1, "E9"]);
    });
  });

  test("a workbook of 200 indicator sheets is scored", async () => {
    const sheets = Array.from({ length: 200 }, (_, i) => ({ name: `Unit ${i + 1}`, rows: gradeSheetRows(worked, "sakip-2021", `Unit ${i + 1}`) }));
    const input = await writeRows(path.join(tempDir(), "banyak.xlsx"), sheets);
    const out = bufferOutput();
    await main(["score", input, "--json"], out);
    const json = out.jsonValues[0] as any;
    expect([json.sheets.length, json.sheets.every((s: any) => s.total === 77.1)]).toEqual([200, true]);
  });

  test("a sheet of 10,000 rows is scored", async () => {
    const rows = gradeSheetRows(worked);
    for (let i = 0; i < 10_000; i++) rows.push([null, `catatan ${i}`]);
    const input = await writeRows(path.join(tempDir(), "panjang.xlsx"), [{ name: "Dinkes", rows }]);
    const out = bufferOutput();
    await main(["score", input, "--json"], out);
    expect((out.jsonValues[0] as any).sheets[0].total).toBe(77.1);
  });

  test("a write that cannot happen leaves no file behind", async () => {
    const input = await writeRows(path.join(tempDir(), "ok.xlsx"), [{ name: "Dinkes", rows: gradeSheetRows(worked) }]);
    const target = path.join(tempDir(), "tidak-ada-folder", "hasil.xlsx");
    const out = bufferOutput();
    const code = await main(["score", input, "-o", target], out);
    expect([code, fs.existsSync(path.dirname(target)), out.stderr[0]]).toEqual([2, false, expect.stringContaining("folder tujuannya tidak ada")]);
  });
});
