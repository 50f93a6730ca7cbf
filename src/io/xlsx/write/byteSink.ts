/**
 * A part's text written straight into UTF-8 bytes as it is made: a sheet of thousands of rows
 * never exists as one string, nor as pieces kept alive until the end (which the garbage
 * collector would copy over and over).
 */
export class ByteSink {
  private buffer: Buffer;
  private used = 0;

  /** `expected`: the bytes the part is likely to take; memory not written to costs nothing. */
  constructor(expected: number) {
    this.buffer = Buffer.allocUnsafe(Math.max(expected, 1 << 12));
  }

  write(text: string): void {
    // UTF-8 takes at most three bytes per UTF-16 unit.
    const most = text.length * 3;
    if (this.used + most > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.used + most));
      this.buffer.copy(grown, 0, 0, this.used);
      this.buffer = grown;
    }
    this.used += this.buffer.write(text, this.used, "utf8");
  }

  bytes(): Buffer {
    return this.buffer.subarray(0, this.used);
  }
}
