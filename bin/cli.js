/**
 * Loads the bundled command line, dist/node/lke.js, with the V8 code cache `npm run prepare`
 * made for it (scripts/cli-code-cache.js): compiling 1.3 MB of JavaScript, and then each
 * function a run uses, is a large part of a command's time.
 *
 * The cache is used only when it was made from these very bytes, and is itself whole: its
 * checksum covers both (V8's own check compares the source's length, not its content). It is a
 * CRC-32 from zlib, which every command loads anyway: it tells a stale or damaged file, which is
 * all it is for, and loading Node's crypto and OpenSSL for a SHA-256 took longer than the check.
 * Without a cache, or when V8 turns it down (another Node version), or on a Node without
 * zlib.crc32 (before 20.15), the bundle compiles from its source alone.
 */
"use strict";

const { isAscii } = require("node:buffer");
const fs = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const vm = require("node:vm");
const zlib = require("node:zlib");

const bundle = path.join(__dirname, "..", "dist", "node", "lke.js");
const cacheFile = path.join(__dirname, "..", "dist", "node", "lke.code-cache");
const checksumLength = 4;

/** The checksum of the bundle and the cache, as the cache file starts with it; null where zlib cannot make one. */
function checksumOf(bundleBytes, cacheData) {
  if (typeof zlib.crc32 !== "function") return null;
  const checksum = Buffer.alloc(checksumLength);
  checksum.writeUInt32LE(zlib.crc32(cacheData, zlib.crc32(bundleBytes)));
  return checksum;
}

/** The cache's V8 data when it was made from `bytes`; undefined otherwise. */
function cachedDataFor(bytes) {
  let cache;
  try {
    cache = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const data = cache.subarray(checksumLength);
  const checksum = cache.length > checksumLength ? checksumOf(bytes, data) : null;
  return checksum !== null && cache.subarray(0, checksumLength).equals(checksum) ? data : undefined;
}

/**
 * Compiles and runs the bundle as a CommonJS module: it is written as the module's function
 * (webpack.cli.config.js), and read as Latin-1 when it is ASCII, as built, so Node keeps its
 * text outside V8's heap. `useCache`: false to compile from the source alone (when making the
 * cache). Returns its exports, and the script and the bundle's bytes for making a cache of what
 * has run since.
 */
function loadCli({ useCache = true } = {}) {
  const bytes = fs.readFileSync(bundle);
  const cachedData = useCache ? cachedDataFor(bytes) : undefined;
  const script = new vm.Script(bytes.toString(isAscii(bytes) ? "latin1" : "utf8"), { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(bundle), module, bundle, path.dirname(bundle));
  return { cli: module.exports, script, bytes, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

/** Writes the cache of everything compiled in `script` so far, behind the checksum of the bundle and the cache (none where no checksum can be made). */
function writeCodeCache(script, bytes) {
  const data = script.createCachedData();
  const checksum = checksumOf(bytes, data);
  if (checksum === null) {
    fs.rmSync(cacheFile, { force: true });
    return;
  }
  fs.writeFileSync(cacheFile, Buffer.concat([checksum, data]));
}

module.exports = { loadCli, writeCodeCache, cacheFile };
