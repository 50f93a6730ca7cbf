/**
 * `node peakRss.js <script> [args...]` runs the script as the main program and, as the process
 * exits, writes its peak resident memory and CPU time to stderr on a line of its own: the
 * `province` figure's measure where /usr/bin/time is not installed.
 */
"use strict";
const path = require("path");

const target = path.resolve(process.argv[2]);
process.argv.splice(1, 1);
process.on("exit", () => {
  const usage = process.resourceUsage();
  process.stderr.write(`lke-bench-usage:${JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 })}\n`);
});
require(target);
