/**
 * Loads the bundled command line, dist/node/lke.js, with the V8 code cache `npm run prepare`
 * made for it (scripts/cli-code-cache.js): compiling 1.3 MB of JavaScript, and then each
 * function a run uses, is a large part of a command's time.
 *
 * The cache is used only when it was made from these very bytes, and is itself whole: its
 * digest covers both (V8's own check compares the source's length, not its content). Without a
 * cache, or when V8 turns it down (another Node version), the bundle compiles as it would
 * through require.
 */
"use strict";

const crypto = require("node:crypto");
const fs = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const vm = require("node:vm");

const bundle = path.join(__dirname, "..", "dist", "node", "lke.js");
const cacheFile = path.join(__dirname, "..", "dist", "node", "lke.code-cache");
const digestLength = 32;

function digestOf(bundleBytes, cacheData) {
  return crypto.createHash("sha256").update(bundleBytes).update(cacheData).digest();
}

/** The cache's V8 data when it was made from `bytes`; undefined otherwise. */
function cachedDataFor(bytes) {
  let cache;
  try {
    cache = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const data = cache.subarray(digestLength);
  return cache.length > digestLength && cache.subarray(0, digestLength).equals(digestOf(bytes, data)) ? data : undefined;
}

/**
 * Compiles and runs the bundle as a CommonJS module. `useCache`: false to compile from the
 * source alone (when making the cache). Returns its exports, and the script and the bundle's
 * bytes for making a cache of what has run since.
 */
function loadCli({ useCache = true } = {}) {
  const bytes = fs.readFileSync(bundle);
  const cachedData = useCache ? cachedDataFor(bytes) : undefined;
  const script = new vm.Script(Module.wrap(bytes.toString("utf8")), { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(bundle), module, bundle, path.dirname(bundle));
  return { cli: module.exports, script, bytes, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

/** Writes the cache of everything compiled in `script` so far, behind the digest of the bundle and the cache. */
function writeCodeCache(script, bytes) {
  const data = script.createCachedData();
  fs.writeFileSync(cacheFile, Buffer.concat([digestOf(bytes, data), data]));
}

module.exports = { loadCli, writeCodeCache, cacheFile };
