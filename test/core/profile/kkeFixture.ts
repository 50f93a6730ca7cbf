/**
 * A small regency KKE in the layout of the Trenggalek workbook (RESUME + PENILAIAN), with the
 * same formulas: two components (A, and D with a local "Capaian" sub-component), criteria
 * answered per evidence item (Y/T) and on their own row (A-D), an optional "(Jika Ada)" item,
 * and a sub-component whose NILAI formula is missing, as in the real file.
 */
import { sheetFromRows, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../../../src/core/snapshot";

export type FixtureRow = (CellValue | undefined)[];

const yt = (r: number) => `=IF(M${r}="Y",1,IF(M${r}="T",0,"Belum Diisi"))`;
const ad = (r: number) => `=IF(M${r}="A",1,IF(M${r}="B",0.66,IF(M${r}="C",0.33,IF(M${r}="D",0,"Belum Diisi"))))`;
const nilai = (r: number) => `=IFERROR(N${r}*K${r},0)`;
const lookup = (r: number) => `=VLOOKUP(A${r},RESUME!$A$4:$F$10,5,FALSE)`;
const pull = (r: number) => `=IFERROR(VLOOKUP(A${r},PENILAIAN!$A$4:$O$40,15,FALSE),0)`;

/** The answer cells (column M, 1-based rows) and what the fixture answers there. */
export const fixtureAnswers: Record<string, string> = {
  M7: "Y",
  M8: "T",
  M9: "Y",
  M11: "Y/T",
  M12: "Y",
  M15: "B",
  M17: "A/B/C/D",
  M18: "C",
  M23: "Y",
  M24: "Y",
  M26: "A",
};

export function resumeRows(): FixtureRow[] {
  return [
    [1, "=A1+1", "=B1+1", "=C1+1", "=D1+1", "=E1+1"],
    [],
    ["KODE", "NO", "KOMPONEN", "SUB-KOMPONEN", "BOBOT", "PENILAIAN MANDIRI (OPD)", "VERVAL", "KETERANGAN"],
    ["AREN01", "A", "Perencanaan Kinerja", null, "=SUM(E5:E6)", "=SUM(F5:F6)", null, "BAPPEDA"],
    ["AREN001", null, null, "Pemenuhan", 0.2, pull(5)],
    ["AREN002", null, null, "Kualitas", 0.3, pull(6)],
    ["DVAL01", "D", "Evaluasi Akuntabilitas Kinerja Internal", null, "=SUM(E8:E9)", "=SUM(F8:F9)", null, "INSPEKTORAT"],
    ["DVAL001", null, null, "Pemenuhan", 0.2, pull(8)],
    ["DVAL004", null, null, "Capaian", 0.3, pull(9)],
    [null, "Nilai Akuntabilitas Kinerja", null, null, "=SUM(E7,E4)", "=SUM(F7,F4)"],
  ];
}

export function penilaianRows(answers: Record<string, string | null> = fixtureAnswers): FixtureRow[] {
  const m = (r: number) => answers[`M${r}`] ?? null;
  const rows: FixtureRow[] = [
    [1, "=A1+1", "=B1+1", "=C1+1", "=D1+1", "=E1+1", "=F1+1", "=G1+1", "=H1+1", "=I1+1", "=J1+1", "=K1+1", "=L1+1", "=M1+1", "=N1+1"],
    ["KODE", "NO", "KOMPONEN", "SUB-KOMPONEN", "BOBOT MAKSIMAL", "KRITERIA KOMPONEN", "BUKTI DUKUNG", "PERHITUNGAN", null, null, null, "LINK BUKTI DUKUNG", "PENILAIAN MANDIRI", null, null, "CATATAN"],
    [null, null, null, null, null, null, null, "JUMLAH KRITERIA KOMPONEN PENILAIAN", "BOBOT KRITERIA KOMPONEN PENILAIAN", "JUMLAH BUKTI DUKUNG", "BOBOT BUKTI DUKUNG", null, "KRITERIA PENILAIAN", "KOEFISIEN KRITERIA", "NILAI"],
    ["AREN01", "A", "Perencanaan Kinerja", null, lookup(4)],
    ["AREN001", "A.1", null, "Pemenuhan", lookup(5), null, null, "=SUM(H6:H13)", "=SUM(I6:I13)", "=SUM(J6,J10)", "=SUM(K6:K13)/2", null, null, null, "=SUM(O6:O13)"],
    ["AREN001.1", "A.1.1", null, null, null, "Terdapat dokumen perencanaan kinerja jangka menengah", null, 1, "=H6/$H$5*$E$5", "=IF(H6>0,SUM(J7:J9),0)", "=SUM(K7:K9)"],
    [null, null, null, null, null, null, "RPJMD", null, null, 1, "=IFERROR(J7/$J6*I6,0)", null, m(7), yt(7), nilai(7)],
    [null, null, null, null, null, null, "Renstra PD", null, null, 1, "=IFERROR(J8/$J6*I6,0)", null, m(8), yt(8), nilai(8)],
    [null, null, null, null, null, null, "Croscutting (Jika Ada)", null, null, null, "=IFERROR(J9/$J6*I6,0)", null, m(9), yt(9), nilai(9)],
    ["AREN001.2", "A.1.2", null, null, null, "Terdapat dokumen perencanaan anggaran yang mendukung kinerja", null, 1, "=H10/$H$5*$E$5", "=IF(H10>0,SUM(J11:J13),0)", "=SUM(K11:K13)"],
    [null, null, null, null, null, null, "DPA tahun n", null, null, 1, "=IFERROR(J11/$J$10*$I$10,0)", null, m(11), yt(11), nilai(11)],
    [null, null, null, null, null, null, "KAK", null, null, 1, "=IFERROR(J12/$J$10*$I$10,0)", null, m(12), yt(12), nilai(12)],
    [null, null, null, null, null, null, "RAB (Jika Ada)"],
    ["AREN002", "A.2", null, "Kualitas", lookup(14), null, null, "=SUM(H15:H19)", "=SUM(I15:I19)", null, "=SUM(K15:K19)", null, null, null, "=SUM(O15:O19)"],
    ["AREN002.1", null, null, null, null, "Dokumen Perencanaan Kinerja telah diformalkan.", null, 1, "=H15/$H$14*$E$14", null, "=I15", null, m(15), ad(15), nilai(15)],
    [null, null, null, null, null, null, "Renstra"],
    ["AREN002.2", null, null, null, null, "Dokumen Perencanaan Kinerja telah dipublikasikan tepat waktu.", null, 1, "=H17/$H$14*$E$14", null, "=I17", null, m(17), ad(17), nilai(17)],
    ["AREN002.3", null, null, null, null, "Ukuran Keberhasilan telah memenuhi kriteria SMART.", null, 1, "=H18/$H$14*$E$14", null, "=I18", null, m(18), ad(18), nilai(18)],
    [null, null, null, null, null, null, "IKU"],
    [null, "D.", "Evaluasi Akuntabilitas Kinerja Internal"],
    ["DVAL001", "D.1", null, "Pemenuhan", lookup(21), null, null, "=SUM(H22:H24)", "=SUM(I22:I24)", "=SUM(J22:J24)/2", "=SUM(K22:K24)/2", null, null, null, "=SUM(O22:O24)"],
    ["DVAL001.1", null, null, null, null, "Terdapat pedoman teknis Evaluasi AKIP Internal", null, 1, "=H22/$H$21*$E$21", "=SUM(J23:J24)", "=SUM(K23:K24)"],
    [null, null, null, null, null, null, "SK Tim Evaluasi", null, null, 1, "=IFERROR(J23/$J$22*$I$22,0)", null, m(23), yt(23), nilai(23)],
    [null, null, null, null, null, null, "LHE AKIP", null, null, 1, "=IFERROR(J24/$J$22*$I$22,0)", null, m(24), yt(24), nilai(24)],
    ["DVAL004", null, null, "Capaian", lookup(25), null, null, "=SUM(H26:H27)", "=SUM(I26:I27)", null, "=SUM(K26:K27)"],
    ["DVAL004.1", null, null, null, null, "Target dapat dicapai", null, 1, "=H26/$H$25*$E$25", null, "=I26", null, m(26), ad(26), nilai(26)],
    [null, null, null, null, null, null, "LKjIP"],
    [null, "MOHON INSERT ROW DIATAS GARIS HITAM"],
  ];
  return rows;
}

export function fixtureSnapshot(answers?: Record<string, string | null>): WorkbookSnapshot {
  return {
    name: "kke.xlsx",
    sheets: [sheetFromRows("RESUME", resumeRows()), sheetFromRows("PENILAIAN", penilaianRows(answers))],
  };
}

/** A1 address (1-based row) of a 0-based cell. */
export function cellOf(sheet: SheetSnapshot, address: string): { row: number; col: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  let col = 0;
  for (const ch of match[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/** Sets a cell of a snapshot sheet: a formula when the text starts with '='. */
export function setFixtureCell(snapshot: WorkbookSnapshot, sheetName: string, address: string, content: CellValue): void {
  const sheet = snapshot.sheets.find((s) => s.name === sheetName)!;
  const { row, col } = cellOf(sheet, address);
  while (sheet.values.length <= row) sheet.values.push([]);
  while (sheet.formulas.length <= row) sheet.formulas.push([]);
  while (sheet.values[row].length <= col) sheet.values[row].push(null);
  while (sheet.formulas[row].length <= col) sheet.formulas[row].push(null);
  const isFormula = typeof content === "string" && content.startsWith("=");
  sheet.values[row][col] = isFormula ? null : content;
  sheet.formulas[row][col] = isFormula ? content : null;
}

/**
 * Inserts an empty row before `before` (1-based) on a sheet, moving references the way Excel
 * does: every reference to that sheet at or below the row moves down one, so a range that
 * spans the new row grows and one that ends just above it does not.
 */
export function insertRow(snapshot: WorkbookSnapshot, sheetName: string, before: number, cells: FixtureRow = []): void {
  const shift = (formula: string, home: string) =>
    formula.replace(/((?:'[^']+'|[A-Za-z_][\w.]*)!)?(\$?[A-Z]{1,3})(\$?)(\d+)(?![\w(])/g, (whole, qualifier: string | undefined, col: string, dollar: string, row: string) => {
      const sheet = qualifier ? qualifier.slice(0, -1).replace(/^'|'$/g, "") : home;
      if (sheet !== sheetName || Number(row) < before) return whole;
      return `${qualifier ?? ""}${col}${dollar}${Number(row) + 1}`;
    });
  for (const sheet of snapshot.sheets) {
    sheet.formulas = sheet.formulas.map((row) => row.map((f) => (f ? shift(f, sheet.name) : f)));
  }
  const target = snapshot.sheets.find((s) => s.name === sheetName)!;
  const inserted = sheetFromRows(sheetName, [cells]);
  target.values.splice(before - 1, 0, inserted.values[0]);
  target.formulas.splice(before - 1, 0, inserted.formulas[0]);
  target.numberFormats?.splice(before - 1, 0, []);
}
