/**
 * What an OLE2 compound file (D0 CF 11 E0) holds, told by the stream names in its directory: a
 * password-protected Office file keeps the real package in an "EncryptedPackage" stream, an old
 * .xls keeps its sheets in a "Workbook" (or, before Excel 97, "Book") stream.
 */
export type OleKind = "encrypted" | "xls" | "other";

export const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isOle(data: Uint8Array): boolean {
  return data.length >= 8 && oleMagic.every((byte, i) => data[i] === byte);
}

const utf16 = new TextDecoder("utf-16le");

/**
 * Directory entries are 128 bytes, aligned to 128 within sectors after the 512-byte header: a
 * name in UTF-16LE, its byte length (terminator included) at 0x40 and the entry type at 0x42
 * (2: a stream). Every aligned slot is looked at, so no sector chain needs to be trusted.
 */
export function oleKind(data: Uint8Array): OleKind {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let kind: OleKind = "other";
  for (let at = 512; at + 128 <= data.length; at += 128) {
    const nameLength = view.getUint16(at + 0x40, true);
    if (view.getUint8(at + 0x42) !== 2 || nameLength < 4 || nameLength > 64 || nameLength % 2 !== 0) continue;
    const name = utf16.decode(data.subarray(at, at + nameLength - 2));
    if (name === "EncryptedPackage") return "encrypted";
    if (name === "Workbook" || name === "Book") kind = "xls";
  }
  return kind;
}
