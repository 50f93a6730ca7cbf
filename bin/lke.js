#!/usr/bin/env node
// The `lke` command: runs the compiled command line (built by `npm run prepare`).
require("./helperThreads").lowerHelperThreads();
const { main, holdYoungGeneration, limitInlining } = require("./cli").loadCli().cli;
holdYoungGeneration();
limitInlining();
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  // Ends once the output is flushed, without first tearing down a heap a large recap left behind.
  process.stdout.write("", () => process.stderr.write("", () => process.exit()));
});
