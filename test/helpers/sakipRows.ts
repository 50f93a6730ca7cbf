/** 2-D array literals of FORMAT.md indicator sheets, for tests. */
import type { CellValue } from "../../src/core/snapshot";

export type Row = (CellValue | undefined)[];

/** Weights of PermenPANRB 88/2021: components 30/30/15/25, each split 20/30/50. */
export const sakipWeights: [string, number, [number, number, number]][] = [
  ["Perencanaan Kinerja", 30, [6, 9, 15]],
  ["Pengukuran Kinerja", 30, [6, 9, 15]],
  ["Pelaporan Kinerja", 15, [3, 4.5, 7.5]],
  ["Evaluasi Akuntabilitas Kinerja Internal", 25, [5, 7.5, 12.5]],
];

export const header: Row = ["Kode", "Uraian", "Bobot", "Jawaban", "Nilai", "Catatan"];

/**
 * A sakip-2021 sheet: one grade per sub-component, in component order (12 grades).
 * Row 7 (index 6) is the first body row.
 */
export function gradeSheetRows(grades: (string | null)[], scheme = "sakip-2021", unit = "Dinas Kesehatan"): Row[] {
  const rows: Row[] = [["LEMBAR KERJA EVALUASI AKIP"], ["Skema", scheme], ["Unit", unit], ["Tahun", 2024], [], header];
  let i = 0;
  sakipWeights.forEach(([name, weight, subs], c) => {
    rows.push([String(c + 1), name, weight]);
    subs.forEach((w, s) => {
      rows.push([`${c + 1}.${"abc"[s]}`, `Sub-komponen ${c + 1}.${"abc"[s]}`, w, grades[i++] ?? null]);
    });
  });
  return rows;
}

/**
 * A sakip-2021-kriteria sheet: criteria answers per sub-component, in component order
 * (12 lists; a gets Y/T, b and c get A-E).
 */
export function criteriaSheetRows(answers: (string | null)[][], unit = "Dinas Pendidikan"): Row[] {
  const rows: Row[] = [["Skema", "sakip-2021-kriteria"], ["Unit", unit], header];
  let i = 0;
  sakipWeights.forEach(([name, weight, subs], c) => {
    rows.push([String(c + 1), name, weight]);
    subs.forEach((w, s) => {
      const code = `${c + 1}.${"abc"[s]}`;
      rows.push([code, `Sub-komponen ${code}`, w]);
      (answers[i++] ?? []).forEach((answer, k) => rows.push([`${code}.${k + 1}`, `Kriteria ${k + 1}`, null, answer]));
    });
  });
  return rows;
}

/** The header of a sheet with the unit's answers beside the evaluator's (columns A-G). */
export const selfHeader: Row = ["Kode", "Uraian", "Bobot", "Jawaban PM", "Nilai PM", "Jawaban", "Nilai"];

/**
 * A sakip-2021 sheet with the unit's own grades (Jawaban PM, column D) and the evaluator's
 * (Jawaban, column F), sub-component by sub-component; the header is on row 5.
 */
export function selfAssessmentRows(self: (string | null)[], evaluator: (string | null)[], unit = "Dinas Kesehatan"): Row[] {
  const rows: Row[] = [["Skema", "sakip-2021"], ["Unit", unit], ["Tahun", 2025], [], selfHeader];
  let i = 0;
  sakipWeights.forEach(([name, weight, subs], c) => {
    rows.push([String(c + 1), name, weight]);
    subs.forEach((w, s) => {
      rows.push([`${c + 1}.${"abc"[s]}`, `Sub-komponen ${c + 1}.${"abc"[s]}`, w, self[i], null, evaluator[i]]);
      i++;
    });
  });
  return rows;
}
