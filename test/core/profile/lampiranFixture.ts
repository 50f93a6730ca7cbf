/**
 * Small workbooks in the KemenPANRB "Lampiran" form (LKE ZI / LKE RB), with the real form's
 * formulas (the Nilai IF chain over the row's own Pilihan Jawaban and Jawaban, AVERAGE x Bobot
 * per indicator, SUM per area, survey scores scaled to their weight), built in two layouts:
 *
 * - `ziSheet`: an LKE ZI with the unit's self-assessment and the evaluator's side by side
 *   (a difference column after them), a gating rule in the unit's formula only, a formula that
 *   reads the row above (copy-paste), an answer type the chain does not know ("Ya"), and an
 *   answer outside its row's choices and the cell's dropdown list;
 * - `rbSheet`: an LKE RB of another year with one assessment in another column block.
 */
import ExcelJS from "exceljs";
import { sheetFromRows, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../../../src/core/snapshot";

type Row = (CellValue | undefined)[];

/** The Nilai chain of the real form, over the choices column `t` and the answer column `a` of row `r`. */
export function nilaiChain(t: string, a: string, r: number): string {
  const T = `${t}${r}`;
  const A = `${a}${r}`;
  return (
    `IF(${T}="Ya/Tidak",IF(${A}="Ya",1,IF(${A}="Tidak",0,"Blm Diisi")),` +
    `IF(${T}="A/B/C",IF(${A}="A",1,IF(${A}="B",0.5,IF(${A}="C",0,"Blm Diisi"))),` +
    `IF(${T}="A/B/C/D",IF(${A}="A",1,IF(${A}="B",0.67,IF(${A}="C",0.33,IF(${A}="D",0,"Blm Diisi")))),` +
    `IF(${T}="A/B/C/D/E",IF(${A}="A",1,IF(${A}="B",0.75,IF(${A}="C",0.5,IF(${A}="D",0.25,IF(${A}="E",0,"Blm Diisi"))))),` +
    `IF(${T}="%",IF(${A}="","Blm Diisi",${A}),IF(${T}="","","-"))))))`
  );
}

const chain = (a: string, r: number) => `=${nilaiChain("G", a, r)}`;

/**
 * Columns: A-E PENILAIAN (numbering A./I./1./a. and texts), F Bobot, G Pilihan Jawaban,
 * H-J unit (Jawaban, Nilai, %), K-M evaluator (Jawaban, Nilai, %), N Selisih, O Catatan.
 */
export function ziRows(): Row[] {
  return [
    ["LEMBAR KERJA EVALUASI PEMBANGUNAN ZONA INTEGRITAS"],
    [null, null, null, null, null, null, null, "PENILAIAN UNIT KERJA", null, null, "PENILAIAN EVALUATOR"],
    ["PENILAIAN", null, null, null, null, "Bobot", "Pilihan Jawaban", "Jawaban", "Nilai", "%", "Jawaban", "Nilai", "%", "Selisih", "Catatan"],
    ["A.", "PENGUNGKIT", null, null, null, 60, null, null, "=I5", "=I4/F4", null, "=L5", "=L4/F4", "=L4-I4"],
    [null, "I.", "PEMENUHAN", null, null, 60, null, null, "=SUM(I6,I11)", null, null, "=SUM(L6,L11)"],
    [null, null, "1.", "MANAJEMEN PERUBAHAN", null, 30, null, null, "=AVERAGE(I7:I10)*F6", null, null, "=AVERAGE(L7:L10)*F6"],
    [null, null, null, "a.", "Tim kerja telah dibentuk", null, "Ya/Tidak", "Ya", chain("H", 7), null, "Ya", chain("K", 7)],
    [null, null, null, "b.", "Anggota tim dipilih dengan prosedur yang jelas", null, "A/B/C", "B", chain("H", 8), null, "D", chain("K", 8)],
    // The unit's formula is gated on row 7 (no team, no score); the evaluator's is not.
    [null, null, null, "c.", "Rencana pembangunan telah dilaksanakan", null, "A/B/C/D", "A", `=IF(H7="Tidak",0,${nilaiChain("G", "H", 9)})`, null, "B", chain("K", 9)],
    [null, null, null, "d.", "Pimpinan menjadi teladan", null, "Ya", "Ya", chain("H", 10), null, "Ya", chain("K", 10)],
    [null, null, "2.", "PENATAAN TATALAKSANA", null, 30, null, null, "=AVERAGE(I12:I15)*F11", null, null, "=AVERAGE(L12:L15)*F11"],
    [null, null, null, "a.", "SOP telah diterapkan", null, "A/B/C/D/E", "B", chain("H", 12), null, "B", chain("K", 12)],
    [null, null, null, "b.", "SOP telah dievaluasi", null, "A/B/C", "A", chain("H", 13), null, "A", chain("K", 13)],
    // Copy-paste slip: the evaluator's Nilai reads row 13's answer.
    [null, null, null, "c.", "Keterbukaan informasi publik", null, "A/B/C", "C", chain("H", 14), null, "C", `=${nilaiChain("G", "K", 13)}`],
    [null, null, null, "d.", "Persentase SOP yang diterapkan", null, "%", 0.8, chain("H", 15), null, 0.9, chain("K", 15)],
    ["TOTAL PENGUNGKIT", null, null, null, null, null, null, null, "=SUM(I4)", null, null, "=SUM(L4)"],
    ["B.", "HASIL", null, null, null, 40, null, null, "=SUM(I18)", "=I17/F17", null, "=SUM(L18)", "=L17/F17", "=L17-I17"],
    [null, "I.", "PELAYANAN PUBLIK YANG PRIMA", null, null, 40, "Nilai (0-4)", 3.5, '=IF(H18="","Blm Diisi",H18/4)*F18', null, 3, '=IF(K18="","Blm Diisi",K18/4)*F18'],
    ["TOTAL HASIL", null, null, null, null, null, null, null, "=SUM(I17)", null, null, "=SUM(L17)"],
    [],
    ["NILAI EVALUASI ZONA INTEGRITAS", null, null, null, null, null, null, null, "=SUM(I16,I19)", null, null, "=SUM(L16,L19)", null, "=L21-I21"],
  ];
}

export const ziMerges = ["A1:O1", "H2:J2", "K2:M2", "A3:E3", "A16:H16", "A19:H19", "A21:H21"];
export const ziValidations = [
  { range: "H8 K8", list: ["A", "B", "C"] },
  { range: "H7 K7", list: ["Ya", "Tidak"] },
];

/**
 * An LKE RB of 2019 in another column block: numbering in B-D, texts up to E, Bobot F,
 * Pilihan Jawaban H, one assessment (Jawaban I, Nilai J) headed "PENILAIAN TAHUN 2019",
 * BPK opinions as a list, a 0-100 survey scaled to its weight.
 */
export function rbRows(): Row[] {
  const bpk = (r: number) => `=IF(I${r}="WTP",1,IF(I${r}="WDP",0.5,IF(I${r}="TW",0,IF(I${r}="TMP",0,"Blm Diisi"))))*F${r}`;
  const yt = (r: number) => `=IF(H${r}="Y/T",IF(I${r}="Y",1,IF(I${r}="T",0,"Blm Diisi")),IF(H${r}="A/B/C",IF(I${r}="A",1,IF(I${r}="B",0.5,IF(I${r}="C",0,"Blm Diisi"))),"-"))`;
  return [
    [null, "LEMBAR KERJA EVALUASI REFORMASI BIROKRASI"],
    [null, "Instansi", null, "Kabupaten Contoh"],
    [null, null, null, null, null, null, null, null, "PENILAIAN TAHUN 2019"],
    [null, "Komponen", null, null, null, "Bobot", "Penjelasan", "Pilihan Jawaban", "Jawaban", "Nilai", "Keterangan"],
    [null, "A.", "PROSES", null, null, 60, null, null, null, "=SUM(J6,J9)"],
    [null, null, "1.", "MANAJEMEN PERUBAHAN", null, 30, null, null, null, "=AVERAGE(J7:J8)*F6"],
    [null, null, null, "a.", "Tim RB telah dibentuk", null, "Y jika ada", "Y/T", "Y", yt(7)],
    [null, null, null, "b.", "Rencana kerja RB", null, "A/B/C", "A/B/C", "B", yt(8)],
    [null, null, "2.", "PENGUATAN PENGAWASAN", null, 30, null, null, null, "=AVERAGE(J10:J11)*F9"],
    [null, null, null, "a.", "Pengendalian gratifikasi", null, null, "A/B/C", "A", yt(10)],
    [null, null, null, "b.", "Penerapan SPIP", null, null, "Y/T", "T", yt(11)],
    [null, "B.", "HASIL", null, null, 40, null, null, null, "=SUM(J13,J14)"],
    [null, null, "1.", "Survei kepuasan masyarakat", null, 30, null, "0-100", 82.5, "=IF(I13=\"\",\"Blm Diisi\",I13/100*F13)"],
    [null, null, "2.", "Opini BPK", null, 10, null, "WTP/WDP/TW/TMP", "WDP", bpk(14)],
    [],
    [null, "NILAI EVALUASI REFORMASI BIROKRASI", null, null, null, null, null, null, null, "=SUM(J5,J12)"],
  ];
}

export const rbMerges = ["B1:K1", "B4:E4", "B16:I16"];

function withExtras(sheet: SheetSnapshot, merges: string[], validations: { range: string; list: string[] }[]): SheetSnapshot {
  return { ...sheet, merges, validations };
}

export function ziSheet(name = "LKE ZI"): SheetSnapshot {
  return withExtras(sheetFromRows(name, ziRows()), ziMerges, ziValidations);
}

export function rbSheet(name = "LKE RB 2019"): SheetSnapshot {
  return withExtras(sheetFromRows(name, rbRows()), rbMerges, []);
}

export function snapshotOf(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { name: "fixture.xlsx", sheets };
}

/** The same workbook as an .xlsx file, with its merges and dropdown lists. */
export async function writeLampiranWorkbook(
  file: string,
  which: "zi" | "rb",
  edit: (rows: Row[]) => Row[] = (rows) => rows,
  extraSheets: { name: string; column: string[] }[] = [],
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const [name, rows, merges, validations] = which === "zi" ? ["LKE ZI", edit(ziRows()), ziMerges, ziValidations] : ["LKE RB 2019", edit(rbRows()), rbMerges, []];
  const worksheet = workbook.addWorksheet(name);
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === undefined) return;
      const cell = worksheet.getCell(r + 1, c + 1);
      cell.value = typeof value === "string" && value.startsWith("=") ? ({ formula: value.slice(1) } as ExcelJS.CellFormulaValue) : (value as ExcelJS.CellValue);
    }),
  );
  for (const range of merges) worksheet.mergeCells(range);
  for (const { range, list } of validations) {
    for (const address of range.split(" ")) {
      worksheet.getCell(address).dataValidation = { type: "list", allowBlank: true, formulae: [`"${list.join(",")}"`] };
    }
  }
  for (const extra of extraSheets) {
    const sheet = workbook.addWorksheet(extra.name);
    extra.column.forEach((text, i) => (sheet.getCell(i + 1, 1).value = text));
  }
  await workbook.xlsx.writeFile(file);
  return file;
}
