#!/usr/bin/env node
// The `lke` command: runs the compiled command line (built by `npm run prepare`).
const { main } = require("./cli").loadCli().cli;
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
