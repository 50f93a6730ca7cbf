/** A minimal OLE2 compound file (header, one directory sector) holding streams of the given names. */
export function oleFile(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(9, 0x1e); // 512-byte sectors
  const entries = ["Root Entry", ...streams].map((name, i) => {
    const entry = Buffer.alloc(128);
    entry.write(name, 0, "utf16le");
    entry.writeUInt16LE((name.length + 1) * 2, 0x40);
    entry.writeUInt8(i === 0 ? 5 : 2, 0x42);
    return entry;
  });
  const sector = Buffer.alloc(512 * Math.ceil(entries.length / 4));
  entries.forEach((entry, i) => entry.copy(sector, i * 128));
  return Buffer.concat([header, sector]);
}
