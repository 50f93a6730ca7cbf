/**
 * A part deflated piece by piece as it is written, so its text is never held whole: a recap's
 * sheet of thousands of units is megabytes of XML, which took as many megabytes of fresh memory
 * (each page of it a page fault) only to be deflated at the end. Each piece but the last is
 * deflated on its own and ended with a sync flush (an empty stored block, no final bit), which
 * leaves the stream at a byte boundary: the pieces' deflated bytes, one after another, are one
 * deflate stream, as pigz writes it. Each piece starts without the ones before as its history,
 * which costs a little compression at each boundary.
 */
import * as zlib from "node:zlib";
import { partCrc32, type DeflatedPart } from "../patch/zipPackage";

/** The text a piece holds before it is deflated: large enough that its boundaries cost little. */
export const pieceBytes = 256 * 1024;

export class PartDeflater {
  private readonly deflated: Buffer[] = [];
  private crc = 0;
  private size = 0;

  /** A piece of the part's bytes, in order; `bytes` may be overwritten once this returns. */
  add(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.deflated.push(zlib.deflateRawSync(bytes, { level: 1, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
    this.count(bytes);
  }

  /** The last piece (it may be empty), and the part as deflated. */
  finish(bytes: Uint8Array): DeflatedPart {
    this.deflated.push(zlib.deflateRawSync(bytes, { level: 1 }));
    this.count(bytes);
    return { compressed: Buffer.concat(this.deflated), crc: this.crc, size: this.size };
  }

  private count(bytes: Uint8Array): void {
    this.crc = partCrc32(bytes, this.crc);
    this.size += bytes.length;
  }
}
