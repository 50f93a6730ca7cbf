/** The evaluator's notes and recommendations, gathered per unit from the coded rows. */
import { analyzeWorkbook } from "../../../src/core/engine";
import { sheetReport } from "../../../src/core/report";
import { sheetFromRows } from "../../../src/core/snapshot";

const rows = [
  ["Skema", "sakip-2021-kriteria"],
  ["Unit", "Dinas Sosial"],
  [],
  ["Kode", "Uraian", "Bobot", "Jawaban", "Nilai", "Catatan", "Rekomendasi"],
  ["1", "Perencanaan Kinerja", 30],
  ["1.a", "Sub 1.a", 6, null, null, "Renstra belum direviu"],
  ["1.a.1", "K1", null, "Y"],
  ["1.a.2", "K2", null, "T", null, "  ", "Susun pedoman teknis perencanaan"],
  [null, "catatan rapat tanpa kode", null, null, null, "bukan milik baris mana pun"],
];

test("notes and recommendations of coded rows, in sheet order, with their cells", () => {
  const report = sheetReport(analyzeWorkbook({ sheets: [sheetFromRows("Dinsos", rows)] }).sheets[0]);
  expect(report.remarks).toEqual([
    { code: "1.a", cell: "F6", kind: "note", text: "Renstra belum direviu" },
    { code: "1.a.2", cell: "G8", kind: "recommendation", text: "Susun pedoman teknis perencanaan" },
  ]);
});

test("a sheet without those columns has none", () => {
  const plain = rows.map((r) => r.slice(0, 5));
  expect(sheetReport(analyzeWorkbook({ sheets: [sheetFromRows("Dinsos", plain)] }).sheets[0]).remarks).toEqual([]);
});
