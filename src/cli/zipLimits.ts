/**
 * Checks an .xlsx (a zip) against size limits before it is unpacked, from its central
 * directory alone, so a zip bomb or an absurdly large workbook is refused before memory
 * runs out.
 */

export const zipLimits = {
  /** Parts in the package; a 200-sheet workbook has well under a thousand. */
  maxEntries: 20_000,
  /** Total unpacked size of all parts. */
  maxUnpackedBytes: 400 * 1024 * 1024,
  /** One part unpacking to more than this many times its packed size is a bomb... */
  maxRatio: 200,
  /** ...once it is larger than this (small parts compress very well quite legitimately). */
  ratioFloorBytes: 10 * 1024 * 1024,
} as const;

export type ZipVerdict =
  | { ok: true; entries: number; unpackedBytes: number; names: string[] }
  | { ok: false; reason: "not-zip" | "truncated" | "too-many-entries" | "too-large" | "bomb"; detail: string };

const eocdSignature = 0x06054b50;
const centralSignature = 0x02014b50;

export function inspectZip(data: Buffer): ZipVerdict {
  if (data.length < 22 || data.readUInt32LE(0) !== 0x04034b50) return { ok: false, reason: "not-zip", detail: "no zip header" };
  // The end-of-central-directory record sits in the last 22 + 65535 bytes.
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65535); i--) {
    if (data.readUInt32LE(i) === eocdSignature) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: "truncated", detail: "no end of central directory" };
  const entries = data.readUInt16LE(eocd + 10);
  const directorySize = data.readUInt32LE(eocd + 12);
  const directoryOffset = data.readUInt32LE(eocd + 16);
  if (entries === 0xffff || directoryOffset === 0xffffffff) {
    return { ok: false, reason: "too-large", detail: "zip64 archives are larger than any evaluation workbook" };
  }
  if (directoryOffset + directorySize > eocd) return { ok: false, reason: "truncated", detail: "central directory out of range" };
  if (entries > zipLimits.maxEntries) return { ok: false, reason: "too-many-entries", detail: `${entries} parts` };
  let offset = directoryOffset;
  let unpacked = 0;
  const names: string[] = [];
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== centralSignature) {
      return { ok: false, reason: "truncated", detail: "central directory entry damaged" };
    }
    const packedSize = data.readUInt32LE(offset + 20);
    const unpackedSize = data.readUInt32LE(offset + 24);
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    unpacked += unpackedSize;
    names.push(data.toString("utf8", offset + 46, offset + 46 + nameLength));
    if (unpacked > zipLimits.maxUnpackedBytes) return { ok: false, reason: "too-large", detail: `more than ${zipLimits.maxUnpackedBytes} bytes unpacked` };
    if (unpackedSize > zipLimits.ratioFloorBytes && unpackedSize > packedSize * zipLimits.maxRatio) {
      return { ok: false, reason: "bomb", detail: `a part unpacks ${Math.round(unpackedSize / Math.max(1, packedSize))} times its size` };
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries, unpackedBytes: unpacked, names };
}
