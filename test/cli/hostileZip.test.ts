/**
 * Zip packages built to defeat the limits by what they say about themselves: each is refused
 * from what it actually holds, in one line naming the file and the limit, under a memory
 * ceiling, with the input unchanged and nothing left behind.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import { bufferOutput } from "../helpers/bufferOutput";
import { runLke } from "../helpers/lkeChild";
import { gradeSheetRows } from "../helpers/sakipRows";
import { tempDir, workbookFromRows } from "../helpers/xlsxFromRows";
import { deflatedZeros, zip, zipEntries, type ZipPart } from "../helpers/zipWriter";

const worked = ["AA", "BB", "B", "A", "BB", "B", "AA", "A", "BB", "A", "B", "CC"];

async function workbookParts(): Promise<ZipPart[]> {
  return zipEntries(Buffer.from(await workbookFromRows([{ name: "Dinkes", rows: gradeSheetRows(worked) }]).xlsx.writeBuffer()));
}

function place(name: string, data: Buffer): { dir: string; file: string; before: Buffer } {
  const dir = tempDir();
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  return { dir, file, before: data };
}

/** Refused in a child under a 256 MB heap: exit 2, one line naming the file, the input as it was, nothing new beside it. */
function expectRefusedInChild(input: { dir: string; file: string; before: Buffer }, words: RegExp) {
  const run = runLke(["score", input.file, "--lang", "en"]);
  expect({ status: run.status, lines: run.stderr.length, line: run.stderr[0] }).toEqual({ status: 2, lines: 1, line: expect.stringMatching(words) });
  expect(run.stderr[0]).toContain(input.file);
  expect(run.peakMb).toBeLessThan(600);
  expect(fs.readFileSync(input.file).equals(input.before)).toBe(true);
  expect(fs.readdirSync(input.dir)).toEqual([path.basename(input.file)]);
}

test("a part claiming 20 KB that inflates to 3 GB is refused as a zip bomb, naming the part", async () => {
  const parts = await workbookParts();
  const bomb: ZipPart = { name: "xl/media/image1.png", data: Buffer.alloc(0), raw: deflatedZeros(3 * 1024 ** 3), claimedSize: 20 * 1024 };
  const input = place("bom.xlsx", zip([...parts, bomb]));
  expect(input.before.length).toBeLessThan(4 * 1024 * 1024);
  // Whichever cap it meets first: its own (200 times its packed size) or the package's.
  expectRefusedInChild(input, /xl\/media\/image1\.png unpacks to more than 200 times its packed size|unpack to more than 200 MB/);
});

test("parts hidden past the entry count the end record states are read, and their size refused", async () => {
  const parts = await workbookParts();
  const hidden = Array.from({ length: 6 }, (_, i): ZipPart => ({ name: `xl/media/big${i}.bin`, data: Buffer.alloc(0), raw: deflatedZeros(1024 ** 3), claimedSize: 1024 ** 3 }));
  const input = place("tersembunyi.xlsx", zip([...parts, ...hidden], { statedCount: parts.length }));
  expectRefusedInChild(input, /unpacks to more than 200 times|unpack to more than 200 MB/);
});

test("parts each within their own cap that together unpack past 200 MB are refused, naming the limit", async () => {
  const parts = await workbookParts();
  const raw = deflatedZeros(9 * 1024 * 1024);
  const media = Array.from({ length: 25 }, (_, i): ZipPart => ({ name: `xl/media/image${i}.png`, data: Buffer.alloc(0), raw, claimedSize: 9 * 1024 * 1024 }));
  const input = place("besar.xlsx", zip([...parts, ...media]));
  expectRefusedInChild(input, /its contents unpack to more than 200 MB, LKE's limit for a workbook/);
});

test("30,000 parts with the count set to 14 pass no limit: refused naming the 20,000-part limit", async () => {
  const parts = await workbookParts();
  const many = Array.from({ length: 30_000 }, (_, i): ZipPart => ({ name: `xl/x/${i}.xml`, data: Buffer.from("x") }));
  const input = place("banyak.xlsx", zip([...parts, ...many], { statedCount: 14 }));
  const out = bufferOutput();
  const code = await main(["check", input.file, "--lang", "en"], out);
  expect([code, out.stdout.join("\n")]).toEqual([2, expect.stringContaining("more than 20,000 parts")]);
});

test("two entries of one name are refused as damaged, naming the part", async () => {
  const parts = await workbookParts();
  const sheet = parts.find((p) => p.name === "xl/worksheets/sheet1.xml")!;
  const input = place("kembar.xlsx", zip([...parts, { name: "XL/worksheets/sheet1.xml", data: sheet.data }]));
  const out = bufferOutput();
  const code = await main(["score", input.file, "--lang", "en"], out);
  expect([code, out.stderr]).toEqual([2, [expect.stringMatching(/damaged \(it holds part XL\/worksheets\/sheet1\.xml twice\)/)]]);
  expect(fs.readdirSync(input.dir)).toEqual(["kembar.xlsx"]);
});

test("a small valid zip64 package is read and scored like any other", async () => {
  const input = place("zip64.xlsx", zip(await workbookParts(), { zip64: true }));
  const out = bufferOutput();
  const code = await main(["score", input.file, "--json"], out);
  const json = out.jsonValues[0] as { output: string; sheets: { total: number }[] };
  expect([code, json.sheets[0].total]).toEqual([0, 77.1]);
  // The scored copy reads back with the same total.
  const again = bufferOutput();
  await main(["check", json.output, "--json"], again);
  expect(fs.readFileSync(input.file).equals(input.before)).toBe(true);
  expect((again.jsonValues[0] as { files: { status: string }[] }).files).toEqual([{ file: "zip64.dinilai.xlsx", status: "checked" }]);
});

describe("what is not a regular file is never read", () => {
  test("a symbolic link to /dev/zero", () => {
    const dir = tempDir();
    const link = path.join(dir, "nol.xlsx");
    fs.symlinkSync("/dev/zero", link);
    const run = runLke(["check", link, "--lang", "en"]);
    expect([run.status, run.stdout]).toEqual([2, expect.stringContaining("not a regular file")]);
    expect(fs.readdirSync(dir)).toEqual(["nol.xlsx"]);
  });

  test("a named pipe nobody writes to", () => {
    const dir = tempDir();
    const fifo = path.join(dir, "pipa.xlsx");
    execFileSync("mkfifo", [fifo]);
    const run = runLke(["score", fifo, "--lang", "en"]);
    expect([run.status, run.stderr[0]]).toEqual([2, expect.stringContaining("not a regular file")]);
  });
});
