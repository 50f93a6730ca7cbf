/**
 * The bare ExcelJS read of the `province` figure: each file named on the command line read
 * into an ExcelJS workbook, one after the other, each let go before the next.
 * Prints one JSON line: { files, sheets }.
 */
"use strict";
const ExcelJS = require("exceljs");

async function run() {
  let sheets = 0;
  const files = process.argv.slice(2);
  for (const file of files) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    sheets += workbook.worksheets.length;
  }
  process.stdout.write(`${JSON.stringify({ files: files.length, sheets })}\n`);
}

run().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
