/**
 * Parts deflated piece by piece through one zlib stream (src/io/xlsx/write/partDeflater.ts):
 * each part, of any number of pieces, inflates back to its bytes on its own, with its CRC and
 * size; and the same holds where Node's stream has no native handle to drive.
 */
import * as zlib from "node:zlib";
import { PartDeflater, pieceBytes } from "../../../src/io/xlsx/write/partDeflater";
import { partCrc32 } from "../../../src/io/xlsx/patch/zipPackage";

/** Text that deflates neither to nothing nor not at all: rows of a sheet with varying numbers. */
const sheetText = (bytes: number, seed: number) => {
  let text = "";
  for (let row = 1; text.length < bytes; row++) text += `<row r="${row}"><c r="A${row}"><v>${(row * seed * 7919) % 100003}.25</v></c></row>`;
  return Buffer.from(text.slice(0, bytes));
};

/** Bytes that do not deflate (xorshift32). */
function noiseOf(length: number): Buffer {
  let seed = 2463534242;
  return Buffer.from(
    Array.from({ length }, () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return seed & 0xff;
    }),
  );
}

/** Splits `bytes` into pieces of `piece` bytes; the last is what is left (maybe nothing). */
const pieces = (bytes: Buffer, piece: number) => {
  const list: Buffer[] = [];
  for (let at = 0; at + piece <= bytes.length; at += piece) list.push(bytes.subarray(at, at + piece));
  return { list, last: bytes.subarray(list.length * piece) };
};

function deflateParts(parts: Buffer[], piece: number, native = true) {
  const deflater = native ? new PartDeflater() : new PartDeflater(() => null);
  try {
    return parts.map((bytes) => {
      const { list, last } = pieces(bytes, piece);
      for (const p of list) deflater.add(Buffer.from(p));
      return deflater.finish(Buffer.from(last));
    });
  } finally {
    deflater.close();
  }
}

const parts = [sheetText(3 * pieceBytes + 1234, 3), Buffer.alloc(0), sheetText(1000, 5), sheetText(2 * pieceBytes, 11)];

test.each([
  ["pieces of the usual size", pieceBytes],
  ["pieces of a few bytes", 7],
])("parts deflated in %s inflate back, each on its own", (_name, piece) => {
  const deflated = deflateParts(parts, piece);
  expect(deflated.map((d) => zlib.inflateRawSync(d.compressed).equals(parts[deflated.indexOf(d)]))).toEqual(parts.map(() => true));
  expect(deflated.map((d) => [d.crc, d.size])).toEqual(parts.map((p) => [partCrc32(p), p.length]));
});

test("bytes that do not deflate, larger deflated than given, still fit", () => {
  const random = noiseOf(pieceBytes + 5000);
  const [deflated] = deflateParts([random], pieceBytes);
  expect([zlib.inflateRawSync(deflated.compressed).equals(random), deflated.compressed.length > random.length]).toEqual([true, true]);
});

test("without a native stream to drive, each piece is deflated on its own, and the parts still inflate back", () => {
  const deflated = deflateParts(parts, pieceBytes, false);
  expect(deflated.map((d, i) => zlib.inflateRawSync(d.compressed).equals(parts[i]))).toEqual(parts.map(() => true));
  expect(deflated.map((d) => [d.crc, d.size])).toEqual(parts.map((p) => [partCrc32(p), p.length]));
});

test("through the native stream, a piece has the pieces before it as history: a repeated piece costs next to nothing", () => {
  // 16 KB that does not deflate, twice: within deflate's 32 KB window of the first.
  const noise = noiseOf(16 * 1024);
  const twice = Buffer.concat([noise, noise]);
  const [native] = deflateParts([twice], noise.length);
  const [alone] = deflateParts([twice], noise.length, false);
  expect([zlib.inflateRawSync(native.compressed).equals(twice), zlib.inflateRawSync(alone.compressed).equals(twice)]).toEqual([true, true]);
  expect(native.compressed.length).toBeLessThan(noise.length * 1.1);
  expect(alone.compressed.length).toBeGreaterThan(noise.length * 1.9);
});
