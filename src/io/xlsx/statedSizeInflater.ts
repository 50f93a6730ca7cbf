/**
 * A part inflated into a buffer of the size its zip directory states, through one zlib stream
 * reset between parts. `zlib.inflateRawSync` builds a stream object and a native stream for
 * every call, and gathers the output in 16 KB chunks it then joins: for the sixty small parts
 * of a regency's workbook that costs more than the inflating itself (`npm run bench`, province).
 *
 * It drives the stream's native handle as `inflateRawSync` does, but with the whole part in one
 * call. It gives an answer only for a part that is exactly what its directory says: one whole
 * deflate stream, nothing after it, of the stated size. For anything else (damaged, cut short,
 * larger than stated, or a Node whose stream has no such handle) it gives null, and the caller
 * inflates the part with `inflateRawSync`, which tells each of those apart.
 */
import * as zlib from "node:zlib";
import { closeZlib, openZlib, type OpenZlib } from "./zlibHandle";

/** Deflate makes at most about 1,032 bytes of each byte it packs (258-byte matches in two bits, and a little over). */
const maxDeflateRatio = 1032;

export class StatedSizeInflater {
  private open: OpenZlib | null = null;
  /** This Node's stream has no native handle to drive: every part goes the usual way. */
  private unavailable = false;

  /** The part's `size` bytes; null when it is not one whole deflate stream of exactly that size. */
  inflate(raw: Uint8Array, size: number): Uint8Array | null {
    // More than deflate can make of these bytes: the directory lies, and no room is made for it.
    if (size > raw.length * maxDeflateRatio + 1024) return null;
    const open = this.stream();
    if (open === null) return null;
    let out: Buffer;
    try {
      // One byte more than stated: a part holding more fills it.
      out = Buffer.allocUnsafe(size + 1);
    } catch {
      return null;
    }
    try {
      open.handle.writeSync(zlib.constants.Z_FINISH, raw, 0, raw.length, out, 0, size + 1);
    } catch {
      this.open = null;
      open.stream.destroy();
      return null;
    }
    // Damaged or cut short: zlib reported an error, and the stream closed itself (a new one is made for the next part).
    if (open.stream.destroyed) {
      this.open = null;
      return null;
    }
    const [outputLeft, inputLeft] = open.state;
    open.handle.reset();
    // Without an error, all input taken and room left means zlib reached the stream's end.
    return inputLeft === 0 && outputLeft === 1 ? out.subarray(0, size) : null;
  }

  private stream(): OpenZlib | null {
    if (this.open !== null || this.unavailable) return this.open;
    this.open = openZlib(zlib.createInflateRaw());
    this.unavailable = this.open === null;
    return this.open;
  }

  /** Frees the stream at once (see closeZlib); a later part opens another. */
  close(): void {
    const open = this.open;
    this.open = null;
    if (open !== null) closeZlib(open);
  }
}
