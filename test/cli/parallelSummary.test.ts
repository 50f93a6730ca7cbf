/**
 * `lke summary` reading its inputs on several threads (the built command line: the reading
 * threads are a bundle of their own) gives what reading them one after the other gives.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readWorkbookFile } from "../../src/cli/workbookFile";

const root = path.join(__dirname, "..", "..");
const bin = path.join(root, "bin", "lke.js");
const example = path.join(root, "examples", "kabupaten-sukamaju-2024.xlsx");

function lke(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8" });
}

/** The recap's cells, sheet by sheet, as the lean reader reads them. */
async function recapCells(file: string) {
  const { lean } = await readWorkbookFile(file);
  return lean.sheets.filter((s) => s.name !== "LKE_State").map((s) => ({ name: s.name, values: s.values, formulas: s.formulas }));
}

describe("a recap read on several threads", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lke-jobs-"));
  // Five regencies' copies of the sample (the sheets of each differ by file), a damaged file, and a text file.
  const inputs = ["a", "b", "c", "d", "e"].map((name) => {
    const file = path.join(dir, `kab-${name}.xlsx`);
    fs.copyFileSync(example, file);
    return file;
  });
  fs.writeFileSync(path.join(dir, "rusak.xlsx"), fs.readFileSync(example).subarray(0, 5000));
  fs.writeFileSync(path.join(dir, "catatan.xlsx"), "bukan workbook");
  const named = [...inputs.map((f) => path.basename(f)), "rusak.xlsx", "catatan.xlsx"];
  const one = lke(dir, "summary", ...named, "-o", "satu.xlsx", "--jobs", "1", "--json", "--year", "2024");
  const three = lke(dir, "summary", ...named, "-o", "tiga.xlsx", "--jobs", "3", "--json", "--year", "2024");
  const json = (stdout: string) => ({ ...(JSON.parse(stdout) as Record<string, unknown>), output: "" });

  test("has its reading threads' bundle beside the command line's (without it, files are read one after the other)", () => {
    expect(fs.existsSync(path.join(root, "dist", "node", "recapWorker.js"))).toBe(true);
  });

  test("gives the same JSON, file for file and unit for unit", () => {
    expect([three.status, json(three.stdout)]).toEqual([one.status, json(one.stdout)]);
  });

  test("says the same of the files it could not read, in the same order", () => {
    expect(three.stderr.split("\n").filter((l) => l.includes("rusak.xlsx") || l.includes("catatan.xlsx"))).toEqual(
      one.stderr.split("\n").filter((l) => l.includes("rusak.xlsx") || l.includes("catatan.xlsx")),
    );
  });

  test("says which files it could not read (the run's problems, not LKE's)", () => {
    expect((JSON.parse(three.stdout) as { files: { file: string; status: string }[] }).files.filter((f) => f.status === "unreadable").map((f) => f.file).sort()).toEqual(["catatan.xlsx", "rusak.xlsx"]);
  });

  test("writes the same recap, cell for cell", async () => {
    expect(await recapCells(path.join(dir, "tiga.xlsx"))).toEqual(await recapCells(path.join(dir, "satu.xlsx")));
  });

  test.each(["0", "dua", "1.5"])("--jobs %s is refused with how to say it", (jobs) => {
    const run = lke(dir, "summary", named[0], "-o", "x.xlsx", "--jobs", jobs, "--lang", "en");
    expect([run.status, run.stderr.trim()]).toEqual([2, `lke: --jobs ${jobs}: give a whole number from 1 up, e.g. --jobs 2.`]);
  });
});
