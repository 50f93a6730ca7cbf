/**
 * Parts deflated piece by piece as they are written, so a part's text is never held whole: a
 * recap's sheet of thousands of units is megabytes of XML, which took as many megabytes of fresh
 * memory (each page of it a page fault) only to be deflated at the end.
 *
 * One zlib stream serves every part of a package. Each piece but a part's last is deflated with
 * a sync flush, which leaves the stream at a byte boundary with its history kept; the last ends
 * the part's stream, and the stream is reset for the next part. The deflated bytes go straight
 * into the part's output. `zlib.deflateRawSync` for each piece made a stream object, a native
 * stream of a quarter megabyte and 16 KB output chunks every time: at a province's recap of 114
 * workbooks, about 3 MB of its peak memory (`npm run bench`).
 *
 * A Node whose stream has no native handle to drive gets each piece from `deflateRawSync`, ended
 * the same way: the pieces' deflated bytes, one after another, are one deflate stream, as pigz
 * writes it, each piece without the ones before as its history.
 */
import * as zlib from "node:zlib";
import { partCrc32, type DeflatedPart } from "../patch/zipPackage";
import { closeZlib, openZlib, type OpenZlib } from "../zlibHandle";

/** The text a piece holds before it is deflated: large enough that a piece costs little. */
export const pieceBytes = 256 * 1024;

/** Room for a piece's deflated bytes: level 1 adds at most a few bytes in a thousand, and a flush's marker. */
const deflatedRoom = (bytes: number) => bytes + (bytes >> 9) + 64;

/** The native stream to deflate through; null where Node's stream has none to drive. */
const nativeDeflate = (): OpenZlib | null => openZlib(zlib.createDeflateRaw({ level: 1 }));

export class PartDeflater {
  private open: OpenZlib | null | undefined;
  private output: Buffer = Buffer.allocUnsafe(0);
  private used = 0;
  private crc = 0;
  private size = 0;

  constructor(private readonly openStream: () => OpenZlib | null = nativeDeflate) {}

  /** A piece of the part's bytes, in order; `bytes` may be overwritten once this returns. */
  add(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.deflate(bytes, zlib.constants.Z_SYNC_FLUSH);
    this.count(bytes);
  }

  /** The last piece (it may be empty), and the part as deflated; the next piece begins another part. */
  finish(bytes: Uint8Array): DeflatedPart {
    this.deflate(bytes, zlib.constants.Z_FINISH);
    this.count(bytes);
    const part = { compressed: this.output.subarray(0, this.used), crc: this.crc, size: this.size };
    this.open?.handle.reset();
    this.output = Buffer.allocUnsafe(0);
    this.used = this.crc = this.size = 0;
    return part;
  }

  /** Frees the native stream at once (see closeZlib). */
  close(): void {
    if (this.open) closeZlib(this.open);
    this.open = undefined;
  }

  private deflate(bytes: Uint8Array, flush: number): void {
    if (this.open === undefined) this.open = this.openStream();
    const open = this.open;
    if (open === null) {
      const options = flush === zlib.constants.Z_FINISH ? { level: 1 } : { level: 1, finishFlush: flush };
      this.append(zlib.deflateRawSync(bytes, options));
      return;
    }
    let from = 0;
    let left = bytes.length;
    for (;;) {
      this.room(deflatedRoom(left));
      const room = this.output.length - this.used;
      open.handle.writeSync(flush, bytes, from, left, this.output, this.used, room);
      if (open.stream.destroyed) throw new Error("zlib could not deflate a part.");
      const [roomLeft, inputLeft] = open.state;
      this.used += room - roomLeft;
      from += left - inputLeft;
      left = inputLeft;
      // Room left over: zlib has taken all the input and written all it had to.
      if (roomLeft > 0) return;
    }
  }

  private append(deflated: Uint8Array): void {
    this.room(deflated.length);
    this.output.set(deflated, this.used);
    this.used += deflated.length;
  }

  private room(bytes: number): void {
    if (this.used + bytes <= this.output.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.used + bytes, this.output.length * 2));
    this.output.copy(grown, 0, 0, this.used);
    this.output = grown;
  }

  private count(bytes: Uint8Array): void {
    this.crc = partCrc32(bytes, this.crc);
    this.size += bytes.length;
  }
}
