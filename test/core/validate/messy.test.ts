/**
 * A valid but messy sheet: everything FORMAT.md allows at once. It must give no finding but
 * the info that the scheme was assumed.
 */
import { sakipStructure, analyzeRows, defaultGrades, type Row } from "./fixtures";

const letters = ["a", "b", "c"] as const;

/** Grades in mixed case and spacing; "Tidak" probes only under grades below BB. */
const grades: Record<string, string> = Object.fromEntries(
  Object.entries(defaultGrades).map(([code, grade], i) => [code, i % 3 === 0 ? grade.toLowerCase() : i % 3 === 1 ? ` ${grade} ` : grade]),
);
const probes: Record<string, string[]> = {
  "1.a": ["Ya", "y", "YA"],
  "1.c": ["Ya", "tidak", "T", "Y/T"],
  "2.c": ["Tidak"],
  "4.c": ["Y", "Tidak"],
};

function messyRows(schemeRow: Row | null): { rows: Row[]; numberFormats: (string | null)[][] } {
  // Shuffled columns, aliases, an extra column: weight, code, text, evidence, answer, note, score.
  const rows: Row[] = [
    ["LEMBAR KERJA EVALUASI AKUNTABILITAS KINERJA INSTANSI PEMERINTAH"],
    ...(schemeRow ? [schemeRow] : []),
    ["Perangkat Daerah :", null, "Dinas Kesehatan"],
    ["tahun", 2023],
    [],
    ["Bobot Maksimal", "No.", "Komponen / Sub Komponen / Kriteria", "Bukti Dukung", "JAWABAN", "Keterangan", "Nilai"],
    [null, null, "A. KOMPONEN MANAJEMEN KINERJA", null, null, null, null],
  ];
  const formats: (string | null)[][] = rows.map(() => []);
  const push = (row: Row, percent: boolean) => {
    rows.push(row);
    formats.push(percent ? ["0.00%"] : []);
  };
  for (const [code, name, weight, subWeights] of sakipStructure) {
    push([weight / 100, `${code}.`, name, null, null, "lihat lampiran", null], true);
    letters.forEach((letter, i) => {
      const sub = `${code}.${letter}`;
      push([Number((subWeights[i] / 100).toPrecision(12)), `${sub}.`, `Sub-komponen ${sub}`, "SK Kepala Dinas", grades[sub], null, null], true);
      (probes[sub] ?? []).forEach((probe, j) => {
        push([null, `${sub}.${j + 1}.`, `Kriteria ${sub}.${j + 1}`, "dokumen", probe, null, null], false);
        if (j === 0) push([null, null, "(lanjutan uraian kriteria di baris berikutnya)", null, null, null, null], false);
      });
    });
  }
  push([null, null, "Catatan: diisi oleh evaluator", null, null, "—", null], false);
  return { rows, numberFormats: formats };
}

test("no findings but scheme-inferred (info)", () => {
  const { rows, numberFormats } = messyRows(null);
  const analysis = analyzeRows(rows, { numberFormats });
  expect(analysis.findings.map((f) => [f.code, f.severity])).toEqual([["scheme-inferred", "info"]]);
  expect(analysis.indicator?.units).toBe("fraction");
  expect(analysis.score?.totalPoints.toString()).toBe("77.1");
  expect(analysis.score?.band.predicate).toBe("BB");
});

test("with a Skema label in another spelling: no findings at all", () => {
  const { rows, numberFormats } = messyRows(["Scheme:", " SAKIP-2021 "]);
  expect(analyzeRows(rows, { numberFormats }).findings).toEqual([]);
});
