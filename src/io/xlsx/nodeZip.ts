/**
 * The limits an .xlsx (a zip) is read under, and its parts read with Node's zlib under them.
 * They hold while reading: the whole central directory is walked (never its stated count), and
 * each part stops inflating at its cap (never trusting its stated size), so a zip bomb or an
 * absurdly large workbook is refused before memory runs out.
 */
import { isAscii } from "node:buffer";
import * as zlib from "node:zlib";
import { StatedSizeInflater } from "./statedSizeInflater";
import { readCentralDirectory } from "./zip/centralDirectory";
import type { AsciiTest } from "./zip/partTexts";
import { readZipParts, type CappedInflate, type ZipLimits, type ZipParts } from "./zip/zipParts";

export const zipLimits: ZipLimits = {
  /** Parts in the package; a 200-sheet workbook has well under a thousand. */
  maxEntries: 20_000,
  /** Total unpacked size of all parts (ExcelJS holds several copies of a workbook's text). */
  maxUnpackedBytes: 200 * 1024 * 1024,
  /** One part unpacking to more than this many times its packed size is a bomb... */
  maxRatio: 200,
  /** ...once it is larger than this (small parts compress very well quite legitimately). */
  ratioFloorBytes: 10 * 1024 * 1024,
};

/** Node's zlib under a cap: for a part that is not what its directory states (see readPackageParts). */
export const nodeInflate: CappedInflate = (raw, maxBytes) => {
  try {
    // zlib wants a cap of at least one byte; a part with no room left may still be empty.
    const bytes = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, maxBytes) });
    return bytes.length <= maxBytes ? bytes : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return null;
    throw error;
  }
};

/** Node tells natively that a part is plain ASCII: the lean reader then reads its bytes as they are. */
export const nodeIsAscii: AsciiTest = (bytes) => isAscii(bytes);

/** Every part of the package (or the `wanted` ones), inflated under the limits; throws ZipRefused. */
export function readPackageParts(data: Uint8Array, wanted?: (name: string) => boolean): ZipParts {
  // One inflate stream for all the package's parts of the size their directory states.
  const statedSize = new StatedSizeInflater();
  const inflate: CappedInflate = (raw, maxBytes, statedBytes) => (statedBytes === undefined ? null : statedSize.inflate(raw, statedBytes)) ?? nodeInflate(raw, maxBytes);
  try {
    return readZipParts(data, inflate, zipLimits, wanted);
  } finally {
    statedSize.close();
  }
}

/** The part names of a package, from its directory; null when it is not a readable zip. */
export function packagePartNames(data: Uint8Array): string[] | null {
  try {
    return readCentralDirectory(data, zipLimits.maxEntries).map((e) => e.name);
  } catch {
    return null;
  }
}
