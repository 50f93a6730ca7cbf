/**
 * src/io/xlsx/statedSizeInflater.ts: one reused stream gives each part exactly as
 * `inflateRawSync` does when the part is the size stated, and null for anything else (the
 * caller then inflates it the usual way), staying usable after a part it could not read.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { StatedSizeInflater } from "../../../src/io/xlsx/statedSizeInflater";
import { entryData, readCentralDirectory } from "../../../src/io/xlsx/zip/centralDirectory";
import { readPackageParts } from "../../../src/io/xlsx/nodeZip";
import { zip } from "../../helpers/zipWriter";

const sample = path.join(__dirname, "..", "..", "..", "examples", "kabupaten-sukamaju-2024.xlsx");

/** Text that deflate cannot shrink much, so its stream spans many blocks. */
const noisy = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => String.fromCharCode(33 + ((i * 7919 + (i >> 3) * 104729) % 90))).join(""));

const packed = (data: Buffer) => zlib.deflateRawSync(data);

let inflater: StatedSizeInflater;
beforeEach(() => (inflater = new StatedSizeInflater()));
afterEach(() => inflater.close());

test.each([
  ["empty", Buffer.alloc(0)],
  ["one byte", Buffer.from("x")],
  ["a sheet's worth of repeats", Buffer.from("<c r=\"A1\"><v>1</v></c>".repeat(2000))],
  ["300 KB of noise", noisy(300_000)],
])("%s comes out whole", (_, data) => {
  expect(Buffer.from(inflater.inflate(packed(data), data.length)!).equals(data)).toBe(true);
});

test("one stream serves part after part", () => {
  const parts = [noisy(5000), Buffer.from("satu"), Buffer.alloc(0), noisy(70_000), Buffer.from("<x/>".repeat(9000))];
  const back = parts.map((data) => inflater.inflate(packed(data), data.length));
  expect(back.map((bytes, i) => bytes !== null && Buffer.from(bytes).equals(parts[i]))).toEqual(parts.map(() => true));
});

test.each([
  ["holds more than stated", (data: Buffer) => [packed(data), data.length - 1]],
  ["holds less than stated", (data: Buffer) => [packed(data), data.length + 1]],
  ["is cut short", (data: Buffer) => [packed(data).subarray(0, 100), data.length]],
  ["has bytes after its end", (data: Buffer) => [Buffer.concat([packed(data), Buffer.from([0, 1, 2])]), data.length]],
  ["is not deflate at all", (data: Buffer) => [Buffer.from([0xff, 0xff, 0xff, 0xff, 0x07]), data.length]],
  ["is no bytes at all", (data: Buffer) => [Buffer.alloc(0), data.length]],
] as const)("a part that %s gives null, and the next part still inflates", (_, forge) => {
  const data = noisy(4000);
  const [raw, size] = forge(data);
  expect(inflater.inflate(raw as Buffer, size as number)).toBeNull();
  const next = noisy(3000);
  expect(Buffer.from(inflater.inflate(packed(next), next.length)!).equals(next)).toBe(true);
});

test("no room is made for more than deflate can make of the bytes given", () => {
  const data = Buffer.alloc(2_000_000, "x");
  const raw = packed(data);
  // Two million repeats pack into about two thousand bytes, within deflate's reach.
  expect(Buffer.from(inflater.inflate(raw, data.length)!).equals(data)).toBe(true);
  // A directory stating a gigabyte for a dozen bytes is not believed, nor a gigabyte allocated.
  const before = process.memoryUsage().arrayBuffers;
  expect(inflater.inflate(packed(Buffer.from("satu dua")), 1 << 30)).toBeNull();
  expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(1 << 20);
});

test("every part of the sample inflates through it, as inflateRawSync gives it", () => {
  const data = fs.readFileSync(sample);
  const entries = readCentralDirectory(data, 1000).filter((entry) => entry.method === 8);
  const raw = entries.map((entry) => {
    const { dataStart, dataEnd } = entryData(data, entry);
    return data.subarray(dataStart, dataEnd);
  });
  expect(entries.length).toBeGreaterThan(5);
  const same = entries.map((entry, i) => {
    const bytes = inflater.inflate(raw[i], entry.uncompressedSize);
    return bytes !== null && Buffer.from(bytes).equals(zlib.inflateRawSync(raw[i]));
  });
  expect(same).toEqual(entries.map(() => true));
});

test("the package reader gives the same parts, whether they are the size stated or not", () => {
  const parts = [
    { name: "a.xml", data: noisy(9000) },
    { name: "b.xml", data: Buffer.from("<b/>") },
    // Its directory says one byte more than it holds: the usual inflate tells what it is.
    { name: "c.xml", data: Buffer.from("<c/>"), claimedSize: 5 },
  ];
  expect(() => readPackageParts(zip(parts))).toThrow(/not the size its directory states/);
  const read = readPackageParts(zip(parts.slice(0, 2)));
  expect([...read.parts].map(([name, bytes]) => [name, Buffer.from(bytes).equals(parts.find((p) => p.name === name)!.data)])).toEqual([
    ["a.xml", true],
    ["b.xml", true],
  ]);
});

test("a package's stream is freed as its reading ends, even in a run that never yields", () => {
  // In a process of its own, to collect garbage when it wants: 200 packages read one after
  // another without a pause leave nothing behind (a stream waiting for its close event kept 16 KB).
  const script = `
    const { readPackageParts } = require(${JSON.stringify(require.resolve("../../../src/io/xlsx/nodeZip"))});
    const data = require("node:fs").readFileSync(${JSON.stringify(sample)});
    global.gc();
    const before = process.memoryUsage().arrayBuffers;
    for (let i = 0; i < 200; i++) readPackageParts(data);
    global.gc();
    process.stdout.write(String(process.memoryUsage().arrayBuffers - before));
  `;
  const child = spawnSync(process.execPath, ["--expose-gc", "-r", require.resolve("../../../scripts/ts-require.js"), "-e", script], { encoding: "utf8" });
  expect(child.stderr).toBe("");
  expect(Number(child.stdout)).toBeLessThan(1024 * 1024);
});
