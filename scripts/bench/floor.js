/**
 * The reading floor of the `province` figure: every part of every file named on the command
 * line inflated with Node's zlib, and each `<c` cell of the sheets found, in one process. Any
 * .xlsx reader must do at least this much. Kept apart from LKE's own zip code, on purpose: a
 * floor has no limits to check and no snapshot to build.
 * Prints one JSON line: { files, bytes, parts, partBytes, cells }.
 */
"use strict";
const fs = require("fs");
const zlib = require("zlib");

const endOfDirectory = 0x06054b50;
const centralEntry = 0x02014b50;

/** Each entry's name, method and compressed bytes, from the zip's central directory. */
function entries(data) {
  let end = data.length - 22;
  while (end >= 0 && data.readUInt32LE(end) !== endOfDirectory) end--;
  if (end < 0) throw new Error("no zip end record");
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const found = [];
  for (let i = 0; i < count; i++) {
    if (data.readUInt32LE(at) !== centralEntry) throw new Error("central directory damaged");
    const method = data.readUInt16LE(at + 10);
    const size = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const local = data.readUInt32LE(at + 42);
    const name = data.toString("utf8", at + 46, at + 46 + nameLength);
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    found.push({ name, method, raw: data.subarray(start, start + size) });
    at += 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  }
  return found;
}

/** `<c ` or `<c>`, not `<cols>` or `<col `. */
function countCells(xml) {
  let cells = 0;
  for (let at = xml.indexOf("<c"); at >= 0; at = xml.indexOf("<c", at + 2)) {
    const next = xml.charCodeAt(at + 2);
    if (next === 0x20 || next === 0x3e || next === 0x2f) cells++;
  }
  return cells;
}

const totals = { files: 0, bytes: 0, parts: 0, partBytes: 0, cells: 0 };
for (const file of process.argv.slice(2)) {
  const data = fs.readFileSync(file);
  totals.files++;
  totals.bytes += data.length;
  for (const entry of entries(data)) {
    const part = entry.method === 8 ? zlib.inflateRawSync(entry.raw) : entry.raw;
    totals.parts++;
    totals.partBytes += part.length;
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) totals.cells += countCells(part.toString("utf8"));
  }
}
process.stdout.write(`${JSON.stringify(totals)}\n`);
