/**
 * Every part of a zip package, inflated under caps that hold while the bytes come out: a part
 * stops inflating as soon as it passes its own cap or the package's, whatever its directory
 * entry claims. The inflate itself is the host's (Node's zlib in the command line).
 */
import { entryData, readCentralDirectory, type ZipEntry } from "./centralDirectory";
import { ZipRefused } from "./zipRefused";

export interface ZipLimits {
  /** Entries in the central directory. */
  maxEntries: number;
  /** Bytes of all parts together, once inflated. */
  maxUnpackedBytes: number;
  /** A part may inflate to this many times its packed size... */
  maxRatio: number;
  /** ...or to this many bytes, whichever is more (small parts compress very well quite legitimately). */
  ratioFloorBytes: number;
}

/**
 * Inflates raw deflate data into at most `maxBytes` bytes; null when the data holds more (the
 * inflate stops there). Throws on damaged data. `statedBytes`: the size the directory states,
 * when at most `maxBytes`, which an inflate may make room for at once (a hint, never trusted).
 */
export type CappedInflate = (raw: Uint8Array, maxBytes: number, statedBytes?: number) => Uint8Array | null;

export interface ZipParts {
  /** The directory's entries, in its order (folders included). */
  entries: ZipEntry[];
  /** Each file entry's inflated bytes, by its name as written. */
  parts: Map<string, Uint8Array>;
  unpackedBytes: number;
}

/** `wanted`: the parts to inflate (all when not given); the others are left packed. */
export function readZipParts(data: Uint8Array, inflate: CappedInflate, limits: ZipLimits, wanted: (name: string) => boolean = () => true): ZipParts {
  const entries = readCentralDirectory(data, limits.maxEntries);
  const parts = new Map<string, Uint8Array>();
  let total = 0;
  for (const entry of entries) {
    if (entry.name.endsWith("/") || !wanted(entry.name)) continue;
    const { dataStart, dataEnd } = entryData(data, entry);
    const raw = data.subarray(dataStart, dataEnd);
    const remaining = limits.maxUnpackedBytes - total;
    const ratioCap = Math.max(limits.ratioFloorBytes, raw.length * limits.maxRatio);
    let bytes: Uint8Array | null;
    if (entry.method === 0) bytes = raw.length <= remaining ? raw : null;
    else if (entry.method === 8) {
      try {
        const cap = Math.min(remaining, ratioCap);
        bytes = inflate(raw, cap, entry.uncompressedSize <= cap ? entry.uncompressedSize : undefined);
      } catch {
        throw new ZipRefused({ kind: "damaged", detail: `part ${entry.name} does not inflate` });
      }
    } else throw new ZipRefused({ kind: "unsupported-method", part: entry.name, method: entry.method });
    if (bytes === null) {
      if (ratioCap < remaining) throw new ZipRefused({ kind: "bomb", part: entry.name, ratio: limits.maxRatio });
      throw new ZipRefused({ kind: "too-large", limit: limits.maxUnpackedBytes });
    }
    // The directory's size is checked, never used: a mismatch means the file was altered.
    if (bytes.length !== entry.uncompressedSize) throw new ZipRefused({ kind: "damaged", detail: `part ${entry.name} is not the size its directory states` });
    total += bytes.length;
    parts.set(entry.name, bytes);
  }
  return { entries, parts, unpackedBytes: total };
}
