/** ExcelJS, loaded on first use: reading and checking never need it, and loading it is a good part of a short run's time. */
import type ExcelJSModule from "exceljs";

export async function excelJs(): Promise<typeof ExcelJSModule> {
  return (await import("exceljs")).default;
}
