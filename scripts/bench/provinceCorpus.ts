/**
 * The province the `province` figure reads: regency workbooks of 45 sakip-2021-kriteria unit
 * sheets each (80 criteria a sheet, as the other figures' workbooks), written by ExcelJS into a
 * folder. Deterministic: regency n is the same file in every run and at every corpus size, and
 * every unit's name is its own, so no unit is counted twice.
 */
import * as fs from "fs";
import * as path from "path";
import { criteriaSheetRows } from "../../test/helpers/sakipRows";
import { workbookFromRows } from "../../test/helpers/xlsxFromRows";
import { criteriaAnswers, random } from "./sakipAnswers";

export const unitsPerRegency = 45;

export function regencyFile(dir: string, n: number): string {
  return path.join(dir, `kabupaten-${String(n).padStart(3, "0")}.xlsx`);
}

/** Writes regencies 1..count into `dir` (those already there from an earlier call are kept), and returns their paths in order. */
export async function writeProvince(dir: string, count: number, progress: (text: string) => void): Promise<string[]> {
  const files: string[] = [];
  for (let n = 1; n <= count; n++) {
    const file = regencyFile(dir, n);
    files.push(file);
    if (fs.existsSync(file)) continue;
    const next = random(38_000 + n);
    const sheets = Array.from({ length: unitsPerRegency }, (_, i) => ({
      name: `OPD ${i + 1}`,
      rows: criteriaSheetRows(criteriaAnswers(next), `Perangkat Daerah ${i + 1} Kabupaten ${n}`),
    }));
    await workbookFromRows(sheets).xlsx.writeFile(file);
    if (n % 19 === 0 || n === count) progress(`province: ${n} of ${count} regency workbooks written`);
  }
  return files;
}
