/** The zip layer on its own: what it reads is what the bytes hold, never what they claim. */
import * as zlib from "node:zlib";
import { readCentralDirectory } from "../../../src/io/xlsx/zip/centralDirectory";
import { storedZip } from "../../../src/io/xlsx/zip/storedZip";
import { readZipParts, type CappedInflate, type ZipLimits } from "../../../src/io/xlsx/zip/zipParts";
import { ZipRefused, type ZipProblem } from "../../../src/io/xlsx/zip/zipRefused";
import { oleKind } from "../../../src/io/xlsx/oleKind";
import { partCrc32, ZipPackage } from "../../../src/io/xlsx/patch/zipPackage";
import { PartDeflater } from "../../../src/io/xlsx/write/partDeflater";
import { crc32 } from "../../../src/io/xlsx/zip/crc32";
import { readPackageParts } from "../../../src/io/xlsx/nodeZip";
import { oleFile } from "../../helpers/oleFile";
import { zip } from "../../helpers/zipWriter";

const limits: ZipLimits = { maxEntries: 10, maxUnpackedBytes: 1000, maxRatio: 4, ratioFloorBytes: 100 };

const inflate: CappedInflate = (raw, maxBytes) => {
  const bytes = zlib.inflateRawSync(raw);
  return bytes.length <= maxBytes ? bytes : null;
};

function problem(read: () => unknown): ZipProblem | null {
  try {
    read();
    return null;
  } catch (error) {
    if (error instanceof ZipRefused) return error.problem;
    throw error;
  }
}

const part = (name: string, text: string) => ({ name, data: Buffer.from(text) });

test("the directory is walked to its end, whatever count the end record states", () => {
  const data = zip([part("a", "1"), part("b", "2"), part("c", "3")], { statedCount: 1 });
  expect(readCentralDirectory(data, 10).map((e) => e.name)).toEqual(["a", "b", "c"]);
});

test("more entries than the limit are refused while walking", () => {
  const data = zip(Array.from({ length: 11 }, (_, i) => part(`p${i}`, "x")), { statedCount: 3 });
  expect(problem(() => readCentralDirectory(data, 10))).toEqual({ kind: "too-many-parts", limit: 10 });
});

test("zip64 sizes and offsets come from the zip64 fields", () => {
  const data = zip([part("a", "satu"), part("b", "dua")], { zip64: true });
  const parts = readZipParts(data, inflate, limits);
  expect([...parts.parts].map(([name, bytes]) => [name, Buffer.from(bytes).toString()])).toEqual([
    ["a", "satu"],
    ["b", "dua"],
  ]);
  expect(parts.entries.every((e) => e.zip64)).toBe(true);
});

test("only the wanted parts are inflated, each still under its cap", () => {
  const inflated: number[] = [];
  const spy: CappedInflate = (raw, maxBytes) => {
    inflated.push(raw.length);
    return inflate(raw, maxBytes);
  };
  const data = zip([part("a", "satu"), part("bom", "x".repeat(500)), part("c", "tiga")]);
  const parts = readZipParts(data, spy, limits, (name) => name === "c");
  expect([[...parts.parts.keys()], inflated.length, parts.entries.map((e) => e.name)]).toEqual([["c"], 1, ["a", "bom", "c"]]);
  expect(problem(() => readZipParts(data, inflate, limits, (name) => name === "bom"))).toEqual({ kind: "bomb", part: "bom", ratio: 4 });
});

test("a part is inflated under the smaller of its own cap and what the package has left", () => {
  const caps: number[] = [];
  const spy: CappedInflate = (raw, maxBytes) => {
    caps.push(maxBytes);
    return inflate(raw, maxBytes);
  };
  const small = "x".repeat(50);
  readZipParts(zip([part("a", small), part("b", small)]), spy, limits);
  // Each packs to a few bytes, so its own cap is the 100-byte floor; the package's 1000 is larger.
  expect(caps).toEqual([100, 100]);
});

test("the size a directory states is offered to the inflate only when within the part's cap", () => {
  const stated: (number | undefined)[] = [];
  const spy: CappedInflate = (raw, maxBytes, statedBytes) => {
    stated.push(statedBytes);
    return inflate(raw, maxBytes);
  };
  // "b" claims more than its 100-byte cap: the inflate gets no size to make room for, and the part is refused as it is.
  expect(problem(() => readZipParts(zip([part("a", "satu"), { ...part("b", "dua"), claimedSize: 5000 }]), spy, limits))).toEqual({ kind: "damaged", detail: "part b is not the size its directory states" });
  expect(stated).toEqual([4, undefined]);
});

test("a part past its own cap is a bomb, named; parts past the package's cap are too large", () => {
  expect(problem(() => readZipParts(zip([part("bom", "x".repeat(500))]), inflate, limits))).toEqual({ kind: "bomb", part: "bom", ratio: 4 });
  const noisy = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join("");
  const many = Array.from({ length: 8 }, (_, i) => part(`p${i}`, noisy(150)));
  expect(problem(() => readZipParts(zip(many), inflate, { ...limits, ratioFloorBytes: 200 }))).toEqual({ kind: "too-large", limit: 1000 });
});

test("a part not the size its directory states is damaged", () => {
  expect(problem(() => readZipParts(zip([{ ...part("a", "abc"), claimedSize: 4 }]), inflate, limits))).toEqual({ kind: "damaged", detail: "part a is not the size its directory states" });
});

test("two entries of one name, in any letter case, are refused", () => {
  expect(problem(() => readCentralDirectory(zip([part("xl/a.xml", "1"), part("XL/A.xml", "2")]), 10))).toEqual({ kind: "duplicate-part", part: "XL/A.xml" });
});

test("a stored copy of the parts reads back the same", () => {
  const parts = new Map([
    ["[Content_Types].xml", new TextEncoder().encode("<Types/>")],
    ["xl/é.xml", new TextEncoder().encode("<x/>")],
  ]);
  const back = readZipParts(storedZip(parts), inflate, limits).parts;
  expect([...back].map(([n, b]) => [n, Buffer.from(b).toString()])).toEqual([
    ["[Content_Types].xml", "<Types/>"],
    ["xl/é.xml", "<x/>"],
  ]);
});

test("not a zip at all", () => {
  expect(problem(() => readCentralDirectory(Buffer.from("bukan zip sama sekali, hanya teks biasa"), 10))).toEqual({ kind: "not-zip" });
});

test.each([
  [["EncryptionInfo", "EncryptedPackage"], "encrypted"],
  [["Workbook", "\u0005SummaryInformation"], "xls"],
  [["Book"], "xls"],
  [["WordDocument"], "other"],
] as const)("an OLE2 file holding %j is %s", (streams, kind) => {
  expect(oleKind(oleFile([...streams]))).toBe(kind);
});

test("a package read on demand gives the parts and the rewritten bytes a package read whole gives", () => {
  const data = Buffer.from(zip([part("a", "satu"), part("b", "dua"), part("c", "tiga")]));
  const [whole, onDemand] = [ZipPackage.load(data), ZipPackage.loadOnDemand(data)];
  for (const zipPackage of [whole, onDemand]) zipPackage.write("d", "empat");
  expect(["a", "b", "c", "d", "e"].map((name) => onDemand.read(name)?.toString() ?? null)).toEqual(["satu", "dua", "tiga", "empat", null]);
  expect(onDemand.bytes().equals(whole.bytes())).toBe(true);
});

describe("a part deflated piece by piece as it is written", () => {
  const text = "<a>één</a>".repeat(30000);
  const bytes = Buffer.from(text, "utf8");
  // Pieces of every size, one of them empty, cut inside a character too.
  const cuts = [0, 1, 7, 7, 4000, 65537, 180001, bytes.length];
  const deflater = new PartDeflater();
  for (let i = 0; i < cuts.length - 2; i++) deflater.add(bytes.subarray(cuts[i], cuts[i + 1]));
  const part = deflater.finish(bytes.subarray(cuts[cuts.length - 2]));
  const build = () => {
    const zipPackage = ZipPackage.empty();
    zipPackage.writeDeflated("a.xml", part);
    zipPackage.write("b.xml", "<b/>");
    return zipPackage;
  };

  test("is one deflate stream of the whole text, with its CRC-32 and size", () => {
    expect(zlib.inflateRawSync(part.compressed).toString("utf8")).toBe(text);
    expect([part.crc, part.size]).toEqual([crc32(bytes), bytes.length]);
  });

  test("reads back as written, from the package and by LKE's reader, the parts in the order written", () => {
    const packed = build().bytes();
    expect(build().read("a.xml")!.toString("utf8")).toBe(text);
    expect(Buffer.from(readPackageParts(packed).parts.get("a.xml")!).toString("utf8")).toBe(text);
    expect(readCentralDirectory(packed, 10).map((e) => e.name)).toEqual(["a.xml", "b.xml"]);
  });
});

test("a CRC-32 goes on from the CRC of the bytes before, as zlib's does", () => {
  const [a, b] = [Buffer.from("Perangkat Daerah "), Buffer.from("Kabupaten Sukamaju ✓")];
  expect(crc32(b, crc32(a))).toBe(crc32(Buffer.concat([a, b])));
  if (typeof zlib.crc32 === "function") expect(crc32(Buffer.concat([a, b]))).toBe(zlib.crc32(Buffer.concat([a, b])));
});

test("an empty piece leaves a part's CRC as it was, even one zlib has already taken (its memory then gone)", () => {
  const empty = Buffer.alloc(0);
  const deflater = zlib.createDeflateRaw();
  (deflater as unknown as { _handle: { writeSync: (...args: unknown[]) => void } })._handle.writeSync(zlib.constants.Z_FINISH, empty, 0, 0, Buffer.alloc(64), 0, 64);
  deflater.close();
  expect([partCrc32(empty, 12345), partCrc32(Buffer.alloc(0), 12345)]).toEqual([12345, 12345]);
});
