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

/** What Node's inflate stream holds inside: its native stream, and where that reports the room left. */
interface NativeInflate {
  writeSync(flush: number, input: Uint8Array, inputStart: number, inputLength: number, output: Uint8Array, outputStart: number, outputLength: number): void;
  reset(): void;
  close(): void;
}

interface StreamInside {
  _handle?: NativeInflate | null;
  /** [output room left, input left] after each write. */
  _writeState?: Uint32Array;
}

interface OpenStream {
  stream: zlib.InflateRaw;
  handle: NativeInflate;
  state: Uint32Array;
}

/** Deflate makes at most about 1,032 bytes of each byte it packs (258-byte matches in two bits, and a little over). */
const maxDeflateRatio = 1032;

export class StatedSizeInflater {
  private open: OpenStream | null = null;
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

  private stream(): OpenStream | null {
    if (this.open !== null || this.unavailable) return this.open;
    const stream = zlib.createInflateRaw();
    // An error is seen above as the stream destroyed; its event must not end the process.
    stream.on("error", () => {});
    const inside = stream as unknown as StreamInside;
    const handle = inside._handle;
    const state = inside._writeState;
    // (A typed array is told by ArrayBuffer.isView: Node's own comes from another realm than a test's.)
    if (!handle || typeof handle.writeSync !== "function" || typeof handle.reset !== "function" || typeof handle.close !== "function" || !ArrayBuffer.isView(state) || state.length < 2) {
      this.unavailable = true;
      stream.destroy();
      return null;
    }
    this.open = { stream, handle, state };
    return this.open;
  }

  /**
   * Frees the stream at once, as `inflateRawSync` frees its own; a later part opens another.
   * (Destroyed instead, a stream lives on, with its 16 KB buffer, until its close event, which
   * waits until the run yields: a command reading a province never does.)
   */
  close(): void {
    const open = this.open;
    this.open = null;
    if (open === null) return;
    open.handle.close();
    (open.stream as unknown as StreamInside)._handle = null;
  }
}
