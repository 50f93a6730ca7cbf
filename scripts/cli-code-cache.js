#!/usr/bin/env node
/**
 * The last step of `npm run prepare`: runs the freshly bundled command line on the bundled
 * sample as a user would (check, score, summary, report), then saves V8's code cache of
 * everything that compiled, for bin/cli.js to load with the bundle. The sample's results go to
 * a temporary folder, and the commands' output nowhere.
 */
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { loadCli, writeCodeCache, cacheFile } = require("../bin/cli");

const sample = path.join(__dirname, "..", "examples", "kabupaten-sukamaju-2024.xlsx");
const silent = { print() {}, json() {}, error() {} };

async function run() {
  const { cli, script, bytes } = loadCli({ useCache: false });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lke-code-cache-"));
  try {
    const scored = path.join(dir, "sample.dinilai.xlsx");
    const jobs = [
      ["check", sample],
      ["score", sample, "-o", scored],
      ["summary", scored, "-o", path.join(dir, "rekap.xlsx"), "--title", "Contoh", "--year", "2024"],
      ["report", scored, "-o", path.join(dir, "lhe.xlsx")],
    ];
    for (const args of jobs) {
      // 0 or 1 (findings to fix, which the sample has on purpose); 2 is a failure.
      const code = await cli.main(args, silent);
      if (code === 2) throw new Error(`lke ${args[0]} failed on the sample`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  writeCodeCache(script, bytes);
}

run().catch((error) => {
  // A build without a cache still works, only slower to start: said, and not a failure.
  fs.rmSync(cacheFile, { force: true });
  process.stderr.write(`cli-code-cache: no code cache made: ${error.message}\n`);
});
