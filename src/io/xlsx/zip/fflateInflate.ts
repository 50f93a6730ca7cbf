/**
 * The inflate the task pane gives the zip reader (the command line uses Node's zlib): fflate's
 * streaming inflater, fed in small slices so that a part stops inflating soon after it passes
 * its cap, however much its few packed bytes would swell to.
 */
import { Inflate } from "fflate";
import type { CappedInflate } from "./zipParts";

/** Packed bytes handed over at a time: deflate swells at most about 1,032 times, so one slice adds at most about 16 MB. */
const sliceBytes = 16 * 1024;

class OverCap extends Error {}

export const fflateInflate: CappedInflate = (raw, maxBytes) => {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > maxBytes) throw new OverCap();
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    if (raw.length === 0) inflater.push(raw, true);
    for (let at = 0; at < raw.length; at += sliceBytes) inflater.push(raw.subarray(at, at + sliceBytes), at + sliceBytes >= raw.length);
  } catch (error) {
    if (error instanceof OverCap) return null;
    throw error;
  }
  if (!ended) throw new Error("deflate data ends early");
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
};
