/**
 * Nothing lost: every everyday mistake on the command line leaves the files that must survive
 * byte for byte as they were, and says so in one line.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { bufferOutput } from "../helpers/bufferOutput";
import { gradeSheetRows } from "../helpers/sakipRows";
import { cellMap, tempDir, writeRows } from "../helpers/xlsxFromRows";
import { zip } from "../helpers/zipWriter";

const worked = ["AA", "BB", "B", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"];

async function workbook(file: string, unit = "Dinas Kesehatan", grades = worked): Promise<string> {
  return writeRows(file, [{ name: "Dinkes", rows: gradeSheetRows(grades, "sakip-2021", unit) }]);
}

async function run(...args: string[]) {
  const out = bufferOutput();
  const code = await main(args, out);
  return { code, out, stderr: out.stderr.join("\n"), stdout: out.stdout.join("\n"), json: out.jsonValues[0] as any };
}

const bytes = (file: string) => fs.readFileSync(file);
const leftovers = (dir: string) => fs.readdirSync(dir).filter((name) => name.endsWith(".tmp"));

describe("an existing output is kept unless --force", () => {
  test("template -o over a filled workbook exits 2 and leaves it byte for byte", async () => {
    const dir = tempDir();
    const filled = await workbook(path.join(dir, "isian.xlsx"));
    const before = bytes(filled);
    const result = await run("template", "sakip-2021", "-o", filled, "--units", "A,B,C");
    expect([result.code, result.stderr.includes("--timpa"), bytes(filled).equals(before)]).toEqual([2, true, true]);
  });

  test("template --timpa replaces it, as asked", async () => {
    const dir = tempDir();
    const filled = await workbook(path.join(dir, "isian.xlsx"));
    const before = bytes(filled);
    const result = await run("template", "sakip-2021", "-o", filled, "--timpa");
    expect([result.code, bytes(filled).equals(before)]).toEqual([0, false]);
  });

  test("score -o over an unrelated workbook exits 2 and leaves it byte for byte", async () => {
    const dir = tempDir();
    const input = await workbook(path.join(dir, "b.xlsx"));
    const other = await workbook(path.join(dir, "isian.xlsx"), "Dinas Sosial");
    const before = bytes(other);
    const result = await run("score", input, "-o", other);
    expect([result.code, bytes(other).equals(before)]).toEqual([2, true]);
  });

  test("a second score keeps the earlier .dinilai.xlsx and what was typed into it", async () => {
    const dir = tempDir();
    const input = await workbook(path.join(dir, "a.xlsx"));
    expect((await run("score", input)).code).toBe(0);
    const scored = path.join(dir, "a.dinilai.xlsx");
    const before = bytes(scored);
    const again = await run("score", input);
    expect([again.code, again.stderr.includes("a.dinilai.xlsx"), bytes(scored).equals(before)]).toEqual([2, true, true]);
  });

  test("--force replaces the earlier .dinilai.xlsx, keeping its file mode", async () => {
    const dir = tempDir();
    const input = await workbook(path.join(dir, "a.xlsx"));
    await run("score", input);
    const scored = path.join(dir, "a.dinilai.xlsx");
    fs.chmodSync(scored, 0o600);
    expect((await run("score", input, "--force")).code).toBe(0);
    expect([fs.statSync(scored).mode & 0o777, leftovers(dir)]).toEqual([0o600, []]);
  });

  test("summary -o over an existing file exits 2 without --force", async () => {
    const dir = tempDir();
    const input = await workbook(path.join(dir, "a.xlsx"));
    const target = await workbook(path.join(dir, "rekap.xlsx"), "Dinas Sosial");
    const before = bytes(target);
    const result = await run("summary", input, "-o", target);
    expect([result.code, bytes(target).equals(before)]).toEqual([2, true]);
  });
});

describe("the input is recognised by identity, not by name", () => {
  test("-o through a symbolic link to the input's folder is refused; the input stays", async () => {
    const dir = tempDir();
    const input = await workbook(path.join(dir, "a.xlsx"));
    const link = path.join(tempDir(), "tautan");
    fs.symlinkSync(dir, link);
    const before = bytes(input);
    const result = await run("score", input, "-o", path.join(link, "a.xlsx"), "--force");
    expect([result.code, result.stderr.includes("berkas masukan"), bytes(input).equals(before)]).toEqual([2, true, true]);
  });

  test("-o naming a symbolic link to the input is refused", async () => {
    const dir = tempDir();
    const input = await workbook(path.join(dir, "a.xlsx"));
    fs.symlinkSync(input, path.join(dir, "b.xlsx"));
    const before = bytes(input);
    const result = await run("score", input, "-o", path.join(dir, "b.xlsx"), "--force");
    expect([result.code, bytes(input).equals(before)]).toEqual([2, true]);
  });

  test("-o naming a hard link to the input is refused", async () => {
    const dir = tempDir();
    const input = await workbook(path.join(dir, "a.xlsx"));
    fs.linkSync(input, path.join(dir, "keras.xlsx"));
    const before = bytes(input);
    const result = await run("score", input, "-o", path.join(dir, "keras.xlsx"), "--force");
    expect([result.code, bytes(input).equals(before)]).toEqual([2, true]);
  });

  test("a summary whose -o is an input through a link is refused", async () => {
    const dir = tempDir();
    const input = await workbook(path.join(dir, "a.xlsx"));
    fs.symlinkSync(input, path.join(dir, "rekap.xlsx"));
    const before = bytes(input);
    const result = await run("summary", input, "-o", path.join(dir, "rekap.xlsx"), "--force");
    expect([result.code, bytes(input).equals(before)]).toEqual([2, true]);
  });

  test("a device is never a target, even with --force", async () => {
    const dir = tempDir();
    const input = await workbook(path.join(dir, "a.xlsx"));
    const result = await run("score", input, "-o", "/dev/null", "--force");
    expect([result.code, fs.statSync("/dev/null").isCharacterDevice(), result.stderr.includes("bukan berkas biasa")]).toEqual([2, true, true]);
  });
});

describe("--in-place", () => {
  test("two runs keep the original in the first backup and name each backup", async () => {
    const dir = tempDir();
    const input = await workbook(path.join(dir, "a.xlsx"));
    const original = bytes(input);
    const first = await run("score", input, "--in-place");
    const scored = bytes(input);
    const second = await run("score", input, "--in-place");
    expect([
      first.code,
      second.code,
      bytes(path.join(dir, "a.backup.xlsx")).equals(original),
      bytes(path.join(dir, "a.backup-2.xlsx")).equals(scored),
      first.stdout.includes("a.backup.xlsx"),
      second.stdout.includes("a.backup-2.xlsx"),
    ]).toEqual([0, 0, true, true, true, true]);
  });

  test("refuses while Excel's lock file for the workbook exists, writing nothing", async () => {
    const dir = tempDir();
    const input = await workbook(path.join(dir, "a.xlsx"));
    fs.writeFileSync(path.join(dir, "~$a.xlsx"), "owner");
    const before = bytes(input);
    const result = await run("score", input, "--in-place");
    expect([result.code, result.stderr.includes("sedang dibuka di Excel"), bytes(input).equals(before), fs.existsSync(path.join(dir, "a.backup.xlsx"))]).toEqual([2, true, true, false]);
  });

  test("scores the target of a symbolic link and keeps the link and the file's mode", async () => {
    const dir = tempDir();
    const input = await workbook(path.join(dir, "a.xlsx"));
    fs.chmodSync(input, 0o640);
    const link = path.join(dir, "tautan.xlsx");
    fs.symlinkSync(input, link);
    expect((await run("score", link, "--in-place")).code).toBe(0);
    const cells = await cellMap(input);
    expect([fs.lstatSync(link).isSymbolicLink(), fs.statSync(input).mode & 0o777, [...cells.keys()].some((k) => k.startsWith("LKE_State!"))]).toEqual([true, 0o640, true]);
  });

  test("cannot be combined with -o", async () => {
    const dir = tempDir();
    const input = await workbook(path.join(dir, "a.xlsx"));
    expect((await run("score", input, "--in-place", "-o", path.join(dir, "b.xlsx"))).code).toBe(2);
  });
});

describe("one run, every file", () => {
  async function folder() {
    const dir = tempDir();
    await workbook(path.join(dir, "a.xlsx"), "Dinas Kesehatan");
    await workbook(path.join(dir, "b.xlsx"), "Dinas Sosial", ["AA", "AA", "AA", "AA", "AA", "AA", "AA", "AA", "AA", "AA", "AA", "ZZ"]);
    fs.writeFileSync(path.join(dir, "~$a.xlsx"), "owner");
    fs.writeFileSync(path.join(dir, "rusak.xlsx"), "bukan buku kerja");
    return dir;
  }

  test("check over a folder with a lock file and a damaged file still reports the good ones, and exits 2", async () => {
    const dir = await folder();
    const result = await run("check", dir, "--json");
    const files = result.json.files.map((f: any) => [f.file, f.status]);
    const badAnswer = result.json.findings.find((f: any) => f.file === "b.xlsx" && f.code === "answer-not-on-scale");
    expect([result.code, files, Boolean(badAnswer), result.stderr.includes("~$a.xlsx")]).toEqual([
      2,
      [["a.xlsx", "checked"], ["b.xlsx", "checked"], ["rusak.xlsx", "unreadable"]],
      true,
      true,
    ]);
  });

  test("the damaged file is a file-level finding in its own words", async () => {
    const dir = await folder();
    const result = await run("check", dir, "--json");
    const finding = result.json.findings.find((f: any) => f.file === "rusak.xlsx");
    expect(finding).toMatchObject({ severity: "error", code: "file-unreadable", message: expect.stringContaining("bukan berkas .xlsx yang sah") });
    expect(finding.sheet).toBeUndefined();
  });

  test("summary over the same folder agrees: the good ones are recapped, the damaged one named, exit 2", async () => {
    const dir = await folder();
    const result = await run("summary", dir, "-o", path.join(tempDir(), "rekap.xlsx"), "--json");
    expect([result.code, result.json.units.map((u: any) => u.unit).sort(), result.json.files.find((f: any) => f.file === "rusak.xlsx").status]).toEqual([
      2,
      ["Dinas Kesehatan", "Dinas Sosial"],
      "unreadable",
    ]);
  });

  test("patterns are expanded by LKE itself, the same on every shell", async () => {
    const dir = await folder();
    const result = await run("check", path.join(dir, "*.XLSX"), "--json");
    expect(result.json.files.map((f: any) => f.file)).toEqual(["a.xlsx", "b.xlsx", "rusak.xlsx"]);
  });

  test("a pattern that matches nothing is said, for that pattern", async () => {
    const dir = await folder();
    const result = await run("check", path.join(dir, "*.xlsm"), path.join(dir, "a.xlsx"), "--json");
    expect([result.code, result.json.files.map((f: any) => f.status)]).toEqual([2, ["unreadable", "checked"]]);
  });

  test("** reaches into sub-folders", async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, "kab", "2024"), { recursive: true });
    await workbook(path.join(dir, "kab", "2024", "a.xlsx"));
    const result = await run("check", path.join(dir, "**", "*.xlsx"), "--json");
    expect(result.json.files.map((f: any) => f.file)).toEqual(["a.xlsx"]);
  });

  test("score writes one output per input", async () => {
    const dir = tempDir();
    await workbook(path.join(dir, "a.xlsx"));
    await workbook(path.join(dir, "b.xlsx"), "Dinas Sosial");
    const result = await run("score", path.join(dir, "*.xlsx"), "--json");
    expect([result.code, result.json.workbooks.map((w: any) => path.basename(w.output)), fs.existsSync(path.join(dir, "b.dinilai.xlsx"))]).toEqual([
      0,
      ["a.dinilai.xlsx", "b.dinilai.xlsx"],
      true,
    ]);
  });

  test("score with several inputs and -o writes into that folder, and refuses a file", async () => {
    const dir = tempDir();
    await workbook(path.join(dir, "a.xlsx"));
    await workbook(path.join(dir, "b.xlsx"), "Dinas Sosial");
    const into = tempDir();
    const ok = await run("score", path.join(dir, "a.xlsx"), path.join(dir, "b.xlsx"), "-o", into);
    const refused = await run("score", path.join(dir, "a.xlsx"), path.join(dir, "b.xlsx"), "-o", path.join(into, "x.xlsx"));
    expect([ok.code, fs.readdirSync(into).sort(), refused.code]).toEqual([0, ["a.dinilai.xlsx", "b.dinilai.xlsx"], 2]);
  });
});

describe("a recap counts each unit once", () => {
  test("a folder of workbooks, their scored copies and backups gives one row per unit", async () => {
    const dir = tempDir();
    const a = await workbook(path.join(dir, "a.xlsx"), "Dinas Kesehatan");
    const b = await workbook(path.join(dir, "b.xlsx"), "Dinas Sosial");
    await run("score", a);
    await run("score", b, "--in-place");
    await run("score", b, "--in-place");
    const result = await run("summary", dir, "-o", path.join(tempDir(), "rekap.xlsx"), "--json");
    const statuses = Object.fromEntries(result.json.files.map((f: any) => [f.file, f.status]));
    expect([result.code, result.json.units.map((u: any) => [u.unit, u.rank]), result.json.distribution.BB + result.json.distribution.A]).toEqual([
      0,
      [["Dinas Kesehatan", 1], ["Dinas Sosial", 1]],
      2,
    ]);
    expect(statuses).toEqual({ "a.xlsx": "summarised", "b.xlsx": "summarised", "a.dinilai.xlsx": "left-out", "b.backup.xlsx": "left-out", "b.backup-2.xlsx": "left-out" });
  });

  test("a scored copy given without its source counts as the unit", async () => {
    const dir = tempDir();
    const a = await workbook(path.join(dir, "a.xlsx"));
    await run("score", a);
    const result = await run("summary", path.join(dir, "a.dinilai.xlsx"), "-o", path.join(tempDir(), "rekap.xlsx"), "--json");
    expect(result.json.units.map((u: any) => u.unit)).toEqual(["Dinas Kesehatan"]);
  });

  test("a copy renamed and re-used for another unit is not taken for its source", async () => {
    const dir = tempDir();
    const a = await workbook(path.join(dir, "a.xlsx"), "Dinas Kesehatan");
    await run("score", a);
    const copy = await workbook(path.join(tempDir(), "ganti.xlsx"), "Dinas Sosial");
    fs.copyFileSync(copy, path.join(dir, "a.backup.xlsx"));
    const result = await run("summary", dir, "-o", path.join(tempDir(), "rekap.xlsx"), "--json");
    expect(result.json.units.map((u: any) => u.unit).sort()).toEqual(["Dinas Kesehatan", "Dinas Sosial"]);
  });

  test("the same unit and year from two unrelated files is an error naming both, recapped once", async () => {
    const dir = tempDir();
    await workbook(path.join(dir, "kirim-1.xlsx"), "Dinas Kesehatan");
    await workbook(path.join(dir, "kirim-2.xlsx"), "dinas  kesehatan", ["AA", "AA", "AA", "AA", "AA", "AA", "AA", "AA", "AA", "AA", "AA", "AA"]);
    const result = await run("summary", dir, "-o", path.join(tempDir(), "rekap.xlsx"), "--json");
    expect([result.code, result.json.units.length, result.json.duplicates.map((d: any) => [d.file, d.keptFile])]).toEqual([1, 1, [["kirim-2.xlsx", "kirim-1.xlsx"]]]);
    expect(result.stderr).toMatch(/kirim-2\.xlsx.*kirim-1\.xlsx/);
  });
});

describe("clean failure", () => {
  test.each([
    ["an OpenDocument spreadsheet", [{ name: "mimetype", data: "application/vnd.oasis.opendocument.spreadsheet" }, { name: "content.xml", data: "<office:document-content/>" }], "OpenDocument"],
    ["a Word document", [{ name: "[Content_Types].xml", data: "<Types/>" }, { name: "word/document.xml", data: "<w:document/>" }], "Word"],
    ["a binary workbook", [{ name: "[Content_Types].xml", data: "<Types/>" }, { name: "xl/workbook.bin", data: "x" }], ".xlsb"],
  ])("%s renamed .xlsx is named for what it is, in one line, for check and score alike", async (_name, parts, kind) => {
    const dir = tempDir();
    const file = path.join(dir, "laporan.xlsx");
    fs.writeFileSync(file, zip(parts.map((p) => ({ name: p.name, data: Buffer.from(p.data) }))));
    const checked = await run("check", file);
    const scored = await run("score", file);
    expect([checked.code, checked.stdout.includes(kind), scored.code, scored.out.stderr.length, scored.stderr.includes(kind), fs.readdirSync(dir)]).toEqual([2, true, 2, 1, true, ["laporan.xlsx"]]);
  });

  test("an internal fault says it is one and where to report it, in one line", async () => {
    const loading = await import("../../src/cli/loadWorkbook");
    const spy = jest.spyOn(loading, "readInput").mockRejectedValue(new TypeError("Cannot read properties of undefined (reading 'x')"));
    try {
      const dir = tempDir();
      const input = await workbook(path.join(dir, "a.xlsx"));
      const result = await run("score", input);
      expect([result.code, result.out.stderr.length, /kesalahan internal.*Laporkan/.test(result.stderr), fs.existsSync(path.join(dir, "a.dinilai.xlsx")), leftovers(dir)]).toEqual([2, 1, true, false, []]);
    } finally {
      spy.mockRestore();
    }
  });

  test("-v prints the version", async () => {
    const result = await run("-v");
    expect([result.code, /^\d+\.\d+\.\d+$/.test(result.stdout.trim())]).toEqual([0, true]);
  });

  test.each(["check", "score", "summary", "template", "schemes"])("%s --help shows examples and exit codes", async (command) => {
    const result = await run(command, "--help");
    expect([result.code, result.stdout.includes("Contoh:"), result.stdout.includes(`lke ${command}`), result.stdout.includes("Kode keluar:")]).toEqual([0, true, true, true]);
  });
});
