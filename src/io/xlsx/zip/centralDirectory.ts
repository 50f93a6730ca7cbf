/**
 * A zip's central directory, walked entry by entry to its real end: the entry count and sizes a
 * file states about itself are never trusted, only checked against what is actually there.
 * Plain bytes in, plain records out (no Node APIs), so every host can share it.
 */
import { ZipRefused } from "./zipRefused";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  crc: number;
  /** As the directory states them: used only to find the data and to check the result. */
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
  /** The central record as it stands, and whether it carries zip64 fields. */
  centralStart: number;
  centralLength: number;
  zip64: boolean;
}

export const zipSignatures = {
  local: 0x04034b50,
  central: 0x02014b50,
  end: 0x06054b50,
  end64: 0x06064b50,
  locator64: 0x07064b50,
  descriptor: 0x08074b50,
} as const;

const utf8 = new TextDecoder("utf-8");

function view(data: Uint8Array): DataView {
  return new DataView(data.buffer, data.byteOffset, data.byteLength);
}

/** A 64-bit little-endian field as a number, refused when it cannot be one exactly. */
function uint64(v: DataView, at: number): number {
  const value = v.getBigUint64(at, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipRefused({ kind: "damaged", detail: "a zip64 field out of range" });
  return Number(value);
}

/** Where the directory starts and ends, from the end record (and its zip64 twin when needed). */
function directorySpan(data: Uint8Array, v: DataView): { start: number; end: number } {
  if (data.length < 22 || v.getUint32(0, true) !== zipSignatures.local) throw new ZipRefused({ kind: "not-zip" });
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65535); i--) {
    if (v.getUint32(i, true) === zipSignatures.end) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipRefused({ kind: "damaged", detail: "no end of central directory" });
  let size = v.getUint32(end + 12, true);
  let start = v.getUint32(end + 16, true);
  const locator = end - 20;
  if (locator >= 0 && v.getUint32(locator, true) === zipSignatures.locator64) {
    const record = uint64(v, locator + 8);
    if (record + 56 > locator || v.getUint32(record, true) !== zipSignatures.end64) throw new ZipRefused({ kind: "damaged", detail: "zip64 end record out of place" });
    size = uint64(v, record + 40);
    start = uint64(v, record + 48);
    end = record;
  }
  if (start + size > end) throw new ZipRefused({ kind: "damaged", detail: "central directory out of range" });
  return { start, end: start + size };
}

/** The zip64 extended-information field replaces, in order, whichever fields are all ones. */
function applyZip64(v: DataView, extraStart: number, extraEnd: number, entry: ZipEntry): void {
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = v.getUint16(at, true);
    const length = v.getUint16(at + 2, true);
    const body = at + 4;
    if (body + length > extraEnd) throw new ZipRefused({ kind: "damaged", detail: `extra field of ${entry.name} out of range` });
    if (id === 0x0001) {
      let field = body;
      const next = () => {
        if (field + 8 > body + length) throw new ZipRefused({ kind: "damaged", detail: `zip64 field of ${entry.name} too short` });
        const value = uint64(v, field);
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      entry.zip64 = true;
    }
    at = body + length;
  }
}

/**
 * Every entry of the directory, in its order. Refuses more than `maxEntries` entries, two
 * entries of one name (in any letter case: package part names ignore it), and any entry whose
 * data lies outside the file.
 */
export function readCentralDirectory(data: Uint8Array, maxEntries: number): ZipEntry[] {
  const v = view(data);
  const span = directorySpan(data, v);
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  for (let at = span.start; at < span.end; ) {
    if (at + 46 > span.end || v.getUint32(at, true) !== zipSignatures.central) throw new ZipRefused({ kind: "damaged", detail: "central directory entry damaged" });
    if (entries.length >= maxEntries) throw new ZipRefused({ kind: "too-many-parts", limit: maxEntries });
    const nameLength = v.getUint16(at + 28, true);
    const extraLength = v.getUint16(at + 30, true);
    const length = 46 + nameLength + extraLength + v.getUint16(at + 32, true);
    if (at + length > span.end) throw new ZipRefused({ kind: "damaged", detail: "central directory entry damaged" });
    const entry: ZipEntry = {
      name: utf8.decode(data.subarray(at + 46, at + 46 + nameLength)),
      flags: v.getUint16(at + 8, true),
      method: v.getUint16(at + 10, true),
      crc: v.getUint32(at + 16, true),
      compressedSize: v.getUint32(at + 20, true),
      uncompressedSize: v.getUint32(at + 24, true),
      localOffset: v.getUint32(at + 42, true),
      centralStart: at,
      centralLength: length,
      zip64: false,
    };
    applyZip64(v, at + 46 + nameLength, at + 46 + nameLength + extraLength, entry);
    const key = entry.name.toLowerCase();
    if (seen.has(key)) throw new ZipRefused({ kind: "duplicate-part", part: entry.name });
    seen.add(key);
    if (entry.localOffset + 30 > span.start) throw new ZipRefused({ kind: "damaged", detail: `local header of ${entry.name} out of range` });
    entries.push(entry);
    at += length;
  }
  return entries;
}

/** Where an entry's compressed bytes start, from its local header; they must end before the directory. */
export function entryData(data: Uint8Array, entry: ZipEntry): { headerStart: number; dataStart: number; dataEnd: number } {
  const v = view(data);
  const start = entry.localOffset;
  if (start + 30 > data.length || v.getUint32(start, true) !== zipSignatures.local) throw new ZipRefused({ kind: "damaged", detail: `local header of ${entry.name} damaged` });
  const dataStart = start + 30 + v.getUint16(start + 26, true) + v.getUint16(start + 28, true);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > data.length) throw new ZipRefused({ kind: "damaged", detail: `data of ${entry.name} out of range` });
  return { headerStart: start, dataStart, dataEnd };
}
