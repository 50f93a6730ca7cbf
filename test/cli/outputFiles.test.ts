/**
 * Writes that respect the file they replace: its mode, its owner and its links are kept, a
 * device is never a target, a long name does not fail on its temporary twin, and no temporary
 * file is ever left beside it.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { bufferOutput } from "../helpers/bufferOutput";
import { gradeSheetRows } from "../helpers/sakipRows";
import { tempDir, writeRows } from "../helpers/xlsxFromRows";

const worked = ["AA", "BB", "B", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"];

async function workbook(dir: string, name = "a.xlsx"): Promise<string> {
  return writeRows(path.join(dir, name), [{ name: "Dinkes", rows: gradeSheetRows(worked) }]);
}

async function run(...args: string[]) {
  const out = bufferOutput();
  const code = await main([...args, "--lang", "en"], out);
  return { code, stderr: out.stderr.join("\n") };
}

// /dev/stdout is whatever this process's output is (a file, when the tests' output is redirected).
test.each(["/dev/null", "/dev/stdout", "/proc/self/fd/1"])("-o %s --force is refused and the device stays a device", async (device) => {
  const dir = tempDir();
  const input = await workbook(dir);
  const result = await run("score", input, "-o", device, "--force");
  expect([result.code, result.stderr]).toEqual([2, expect.stringContaining("not a regular file")]);
  expect(fs.statSync("/dev/null").isCharacterDevice()).toBe(true);
});

test.each([0o600, 0o444])("--in-place keeps the mode %o and leaves only the file and its backup", async (mode) => {
  const dir = tempDir();
  const input = await workbook(dir);
  fs.chmodSync(input, mode);
  const before = fs.readFileSync(input);
  expect((await run("score", input, "--in-place")).code).toBe(0);
  expect([fs.statSync(input).mode & 0o777, fs.readFileSync(input).equals(before), fs.readdirSync(dir).sort()]).toEqual([mode, false, ["a.backup.xlsx", "a.xlsx"]]);
});

const asRoot = process.getuid?.() === 0 ? test : test.skip;
asRoot("--in-place keeps the file's owner", async () => {
  const dir = tempDir();
  const input = await workbook(dir);
  fs.chownSync(input, 4321, 4321);
  expect((await run("score", input, "--in-place")).code).toBe(0);
  const stat = fs.statSync(input);
  expect([stat.uid, stat.gid]).toEqual([4321, 4321]);
});

test("a valid 250-byte output name is written, not failed on its temporary name", async () => {
  const dir = tempDir();
  const input = await workbook(dir);
  const long = `${"n".repeat(245)}.xlsx`;
  const result = await run("score", input, "-o", path.join(dir, long));
  expect([result.code, fs.readdirSync(dir).sort()]).toEqual([0, ["a.xlsx", long]]);
});

test("a name too long for the disk is said in one line, with nothing left behind", async () => {
  const dir = tempDir();
  const input = await workbook(dir);
  const result = await run("score", input, "-o", path.join(dir, `${"n".repeat(300)}.xlsx`));
  expect([result.code, result.stderr, fs.readdirSync(dir)]).toEqual([2, expect.stringContaining("the file name is too long"), ["a.xlsx"]]);
});

test("a kill during the write waits for the rename: the target is whole, no temporary file is left, and the run still ends", () => {
  const dir = tempDir();
  const target = path.join(dir, "hasil.xlsx");
  fs.writeFileSync(target, "lama");
  const root = path.join(__dirname, "..", "..");
  // The kill arrives while the new bytes are being flushed, before the rename.
  const script = `
    const fs = require("node:fs");
    const fsync = fs.fsyncSync;
    fs.fsyncSync = (fd) => { process.kill(process.pid, "SIGTERM"); return fsync(fd); };
    const { prepareOutput, writeOutput } = require(${JSON.stringify(path.join(root, "src", "cli", "files", "outputFile.ts"))});
    writeOutput(prepareOutput(${JSON.stringify(target)}, { force: true }), Buffer.from("baru")).then(() => setTimeout(() => process.stdout.write("not ended"), 2000));
  `;
  const child = spawnSync(process.execPath, ["-r", path.join(root, "scripts", "ts-require.js"), "-e", script], { encoding: "utf8", timeout: 60_000 });
  expect([child.signal, child.stdout, fs.readFileSync(target, "utf8"), fs.readdirSync(dir)]).toEqual(["SIGTERM", "", "baru", ["hasil.xlsx"]]);
});
