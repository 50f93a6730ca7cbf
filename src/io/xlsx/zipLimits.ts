/**
 * Checks an .xlsx (a zip) against size limits before it is unpacked, from its central
 * directory alone, so a zip bomb or an absurdly large workbook is refused before memory
 * runs out. Plain bytes in, no Node APIs: the command line and the task pane (for workbooks
 * picked for the recap) apply the same limits.
 */

/** Refused before reading: larger files are not evaluation workbooks and would exhaust memory. */
export const maxWorkbookBytes = 100 * 1024 * 1024;

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
const localSignature = 0x04034b50;

/** The first bytes of an OLE compound file: an old .xls, or an encrypted (password-protected) .xlsx. */
export function isOleFile(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0;
}

export function inspectZip(data: Uint8Array): ZipVerdict {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const u16 = (at: number) => view.getUint16(at, true);
  if (data.length < 22 || u32(0) !== localSignature) return { ok: false, reason: "not-zip", detail: "no zip header" };
  // The end-of-central-directory record sits in the last 22 + 65535 bytes.
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65535); i--) {
    if (u32(i) === eocdSignature) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: "truncated", detail: "no end of central directory" };
  const entries = u16(eocd + 10);
  const directorySize = u32(eocd + 12);
  const directoryOffset = u32(eocd + 16);
  if (entries === 0xffff || directoryOffset === 0xffffffff) {
    return { ok: false, reason: "too-large", detail: "zip64 archives are larger than any evaluation workbook" };
  }
  if (directoryOffset + directorySize > eocd) return { ok: false, reason: "truncated", detail: "central directory out of range" };
  if (entries > zipLimits.maxEntries) return { ok: false, reason: "too-many-entries", detail: `${entries} parts` };
  const utf8 = new TextDecoder("utf-8");
  let offset = directoryOffset;
  let unpacked = 0;
  const names: string[] = [];
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > data.length || u32(offset) !== centralSignature) {
      return { ok: false, reason: "truncated", detail: "central directory entry damaged" };
    }
    const packedSize = u32(offset + 20);
    const unpackedSize = u32(offset + 24);
    const nameLength = u16(offset + 28);
    const extraLength = u16(offset + 30);
    const commentLength = u16(offset + 32);
    unpacked += unpackedSize;
    names.push(utf8.decode(data.subarray(offset + 46, offset + 46 + nameLength)));
    if (unpacked > zipLimits.maxUnpackedBytes) return { ok: false, reason: "too-large", detail: `more than ${zipLimits.maxUnpackedBytes} bytes unpacked` };
    if (unpackedSize > zipLimits.ratioFloorBytes && unpackedSize > packedSize * zipLimits.maxRatio) {
      return { ok: false, reason: "bomb", detail: `a part unpacks ${Math.round(unpackedSize / Math.max(1, packedSize))} times its size` };
    }
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries, unpackedBytes: unpacked, names };
}
