/**
 * The .xlsx package as a zip read and rewritten by hand: parts that are not replaced are copied
 * with their original local header and compressed bytes, so they come out byte for byte as
 * they went in; replaced and added parts are deflated with Node's own zlib.
 */
import * as zlib from "node:zlib";
import { Unsupported, unsupportedIf } from "./unsupported";

interface Entry {
  name: string;
  /** The central directory record, as read (its local offset is rewritten on output). */
  central: Buffer;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

const signatures = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50, descriptor: 0x08074b50 } as const;

const crcTable = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

function crc32(data: Buffer): number {
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

export class ZipPackage {
  private readonly entries: Entry[] = [];
  private readonly replaced = new Map<string, Buffer>();
  private readonly removed = new Set<string>();

  private constructor(private readonly data: Buffer) {}

  static load(data: Buffer): ZipPackage {
    const zip = new ZipPackage(data);
    let end = -1;
    for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65535); i--) {
      if (data.readUInt32LE(i) === signatures.end) {
        end = i;
        break;
      }
    }
    unsupportedIf(end < 0, "not a zip package");
    const count = data.readUInt16LE(end + 10);
    let offset = data.readUInt32LE(end + 16);
    unsupportedIf(count === 0xffff || offset === 0xffffffff, "zip64 package");
    for (let i = 0; i < count; i++) {
      unsupportedIf(offset + 46 > data.length || data.readUInt32LE(offset) !== signatures.central, "damaged central directory");
      const nameLength = data.readUInt16LE(offset + 28);
      const length = 46 + nameLength + data.readUInt16LE(offset + 30) + data.readUInt16LE(offset + 32);
      const central = data.subarray(offset, offset + length);
      zip.entries.push({
        name: data.toString("utf8", offset + 46, offset + 46 + nameLength),
        central,
        flags: central.readUInt16LE(8),
        method: central.readUInt16LE(10),
        compressedSize: central.readUInt32LE(20),
        localOffset: central.readUInt32LE(42),
      });
      offset += length;
    }
    return zip;
  }

  names(): string[] {
    return [...this.entries.map((e) => e.name).filter((n) => !this.removed.has(n)), ...[...this.replaced.keys()].filter((n) => !this.entries.some((e) => e.name === n))];
  }

  has(name: string): boolean {
    return this.replaced.has(name) || (!this.removed.has(name) && this.entries.some((e) => e.name === name));
  }

  /** A part's bytes, or null when the package has no such part. */
  read(name: string): Buffer | null {
    const replaced = this.replaced.get(name);
    if (replaced) return replaced;
    if (this.removed.has(name)) return null;
    const entry = this.entries.find((e) => e.name === name);
    if (!entry) return null;
    const raw = this.rawData(entry);
    if (entry.method === 0) return Buffer.from(raw);
    if (entry.method === 8) return zlib.inflateRawSync(raw);
    throw new Unsupported(`part ${name} uses compression method ${entry.method}`);
  }

  write(name: string, text: string): void {
    this.removed.delete(name);
    this.replaced.set(name, Buffer.from(text, "utf8"));
  }

  remove(name: string): void {
    this.replaced.delete(name);
    this.removed.add(name);
  }

  /** The rewritten package. */
  bytes(): Buffer {
    const out: Buffer[] = [];
    const directory: Buffer[] = [];
    let offset = 0;
    const emit = (local: Buffer[], central: Buffer) => {
      const record = Buffer.from(central);
      record.writeUInt32LE(offset, 42);
      directory.push(record);
      for (const piece of local) {
        out.push(piece);
        offset += piece.length;
      }
    };
    for (const entry of this.entries) {
      if (this.removed.has(entry.name)) continue;
      const text = this.replaced.get(entry.name);
      if (text) emit(...deflated(entry.name, text, entry.central));
      else emit([this.rawLocal(entry)], entry.central);
    }
    const known = new Set(this.entries.map((e) => e.name));
    for (const [name, text] of this.replaced) if (!known.has(name)) emit(...deflated(name, text));
    const centralStart = offset;
    const centralBytes = Buffer.concat(directory);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(signatures.end, 0);
    end.writeUInt16LE(directory.length, 8);
    end.writeUInt16LE(directory.length, 10);
    end.writeUInt32LE(centralBytes.length, 12);
    end.writeUInt32LE(centralStart, 16);
    return Buffer.concat([...out, centralBytes, end]);
  }

  private localHeader(entry: Entry): { start: number; dataStart: number } {
    const start = entry.localOffset;
    unsupportedIf(start + 30 > this.data.length || this.data.readUInt32LE(start) !== signatures.local, `damaged local header of ${entry.name}`);
    return { start, dataStart: start + 30 + this.data.readUInt16LE(start + 26) + this.data.readUInt16LE(start + 28) };
  }

  private rawData(entry: Entry): Buffer {
    const { dataStart } = this.localHeader(entry);
    return this.data.subarray(dataStart, dataStart + entry.compressedSize);
  }

  /** The entry's local header, data and data descriptor (when it has one), as they stand. */
  private rawLocal(entry: Entry): Buffer {
    const { start, dataStart } = this.localHeader(entry);
    let end = dataStart + entry.compressedSize;
    if (entry.flags & 0x08) end += this.data.readUInt32LE(end) === signatures.descriptor ? 16 : 12;
    return this.data.subarray(start, end);
  }
}

/** A local header, name and deflated data, and its central record (dates kept from `like`). */
function deflated(name: string, data: Buffer, like?: Buffer): [Buffer[], Buffer] {
  const compressed = zlib.deflateRawSync(data, { level: 1 });
  const nameBytes = Buffer.from(name, "utf8");
  const crc = crc32(data);
  const utf8Flag = /^[\x20-\x7e]*$/.test(name) ? 0 : 0x0800;
  const time = like ? like.readUInt16LE(12) : 0;
  const date = like ? like.readUInt16LE(14) : 0x21; // 1980-01-01
  // The local header and the central record share these fields, two bytes apart.
  const common = (header: Buffer, at: number) => {
    header.writeUInt16LE(20, at); // version needed
    header.writeUInt16LE(utf8Flag, at + 2);
    header.writeUInt16LE(8, at + 4); // deflate
    header.writeUInt16LE(time, at + 6);
    header.writeUInt16LE(date, at + 8);
    header.writeUInt32LE(crc, at + 10);
    header.writeUInt32LE(compressed.length, at + 14);
    header.writeUInt32LE(data.length, at + 18);
    header.writeUInt16LE(nameBytes.length, at + 22);
  };
  const local = Buffer.alloc(30);
  local.writeUInt32LE(signatures.local, 0);
  common(local, 4);
  const central = Buffer.alloc(46 + nameBytes.length);
  central.writeUInt32LE(signatures.central, 0);
  central.writeUInt16LE(20, 4); // version made by
  common(central, 6);
  nameBytes.copy(central, 46);
  return [[local, nameBytes, compressed], central];
}
