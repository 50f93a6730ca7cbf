import { builtinRegistry } from "../../../src/core/scheme/registry";
import { sheetFromRows, type WorkbookSnapshot } from "../../../src/core/snapshot";
import { readIndexSheet, type IndexRow } from "../../../src/core/summary/indices";
import { buildSummary } from "../../../src/core/summary/summaryPlan";
import { toNumber } from "../../../src/core/exact";
import { all, at, cellsOf, date, gradeSheet, input, rowValues, sheetOf } from "./fixtures";

const scales = builtinRegistry().predicateScales;

const indeks = sheetFromRows("Indeks", [
  ["Indeks Kabupaten/Kota 2024"],
  [],
  ["No", "Kabupaten/Kota", "Nilai SAKIP", "Indeks RB", "Indeks PEKPPP", "Sistem Merit", "Indeks BerAKHLAK (%)", "MCP"],
  [1, "Kabupaten Lamongan", 82.64, 70.02, 4.5, 325, "61,28", 96.83],
  [2, "Kabupaten Contoh", "83,18", 120, "4,51", 174, 75.3, "-"],
  [3, "Kota Contoh", "belum ada", null, null, null, null, 50],
]);

function table(snapshot: WorkbookSnapshot = { sheets: [indeks] }) {
  return readIndexSheet(snapshot, "indeks.xlsx", scales)!;
}

function entry(row: IndexRow, scale: string) {
  const v = row.values.find((x) => x.kind.scale === scale)!;
  return { value: v.value === null ? null : toNumber(v.value), predicate: v.predicate ?? null, name: v.name ?? null, problem: v.problem ?? null };
}

const [lamongan, contoh, kota] = table().rows;

describe("reading an Indeks sheet", () => {
  test("finds every index column under a Kabupaten/Kota header", () => {
    expect(table().kinds.map((k) => k.scale)).toEqual(["sakip", "indeks-rb", "pekppp", "merit", "berakhlak", "mcp"]);
  });

  test("reads one row per unit", () => {
    expect(table().rows.map((r) => r.unit)).toEqual(["Kabupaten Lamongan", "Kabupaten Contoh", "Kota Contoh"]);
  });

  test("Indeks RB 70.02 is BB", () => {
    expect(entry(lamongan, "indeks-rb").predicate).toBe("BB");
  });

  test("SAKIP 82.64 is A", () => {
    expect(entry(lamongan, "sakip").predicate).toBe("A");
  });

  test("BerAKHLAK 61,28 (decimal comma) is exactly 61.28, B (Cukup Sehat)", () => {
    expect(entry(lamongan, "berakhlak")).toEqual({ value: 61.28, predicate: "B", name: "Cukup Sehat", problem: null });
  });

  test("PEKPPP 4.50 is A- (the band above starts after 4.50)", () => {
    expect(entry(lamongan, "pekppp").predicate).toBe("A-");
  });

  test("PEKPPP 4,51 is A", () => {
    expect(entry(contoh, "pekppp").predicate).toBe("A");
  });

  test("Sistem Merit 325 is IV (lower bound inclusive)", () => {
    expect(entry(lamongan, "merit").predicate).toBe("IV");
  });

  test("Sistem Merit 174 is I", () => {
    expect(entry(contoh, "merit").predicate).toBe("I");
  });

  test("MCP 96.83 is Hijau", () => {
    expect(entry(lamongan, "mcp").predicate).toBe("Hijau");
  });

  test("a value out of the scale's range is flagged and gets no predicate", () => {
    expect(entry(contoh, "indeks-rb")).toEqual({ value: 120, predicate: null, name: null, problem: "out-of-range" });
  });

  test("text that is not a number is flagged", () => {
    expect(entry(kota, "sakip").problem).toBe("not-a-number");
  });

  test("a dash means no value, not a problem", () => {
    expect(entry(contoh, "mcp")).toEqual({ value: null, predicate: null, name: null, problem: null });
  });

  test("a percentage cell (0.6128 shown as 61.28%) reads as 61.28", () => {
    const sheet = sheetFromRows("Indeks", [["Instansi", "Indeks BerAKHLAK"], ["Kabupaten Lamongan", 0.6128]]);
    sheet.numberFormats = [[null, null], [null, "0.00%"]];
    expect(entry(table({ sheets: [sheet] }).rows[0], "berakhlak").value).toBe(61.28);
  });

  test("a sheet named Indeks without such a header is not read", () => {
    expect(readIndexSheet({ sheets: [sheetFromRows("Indeks", [["Daftar isi"], ["1", "Pendahuluan"]])] }, "x.xlsx", scales)).toBeNull();
  });
});

describe("Rekap Indeks", () => {
  const result = buildSummary({ sheets: [] }, [input("indeks.xlsx", [indeks])], { date, at });
  const sheet = sheetOf(result.plan, "Rekap Indeks");
  const cells = cellsOf(sheet);

  // Header row 5, units from row 6.
  test("shows each index with its predicate or category and what it means", () => {
    expect(rowValues(sheet, 4)).toEqual([
      "No", "Unit", "Nilai SAKIP", "Predikat SAKIP", "Arti SAKIP", "Indeks RB", "Predikat RB", "Arti RB",
      "Indeks PEKPPP", "Kategori PEKPPP", "Arti PEKPPP", "Sistem Merit", "Kategori Merit", "Arti Merit",
      "Indeks BerAKHLAK", "Kategori BerAKHLAK", "Arti BerAKHLAK", "MCP", "Kategori MCP", "Berkas", "Catatan",
    ]);
  });

  test("shows a unit's values and predicates", () => {
    expect(rowValues(sheet, 5).slice(0, 19)).toEqual([
      1, "Kabupaten Lamongan", 82.64, "A", "Memuaskan", 70.02, "BB", "Sangat Baik", 4.5, "A-", "Sangat Baik", 325, "IV", "Sangat Baik", 61.28, "B", "Cukup Sehat", 96.83, "Hijau",
    ]);
  });

  test("takes the predicate with a live formula over the value", () => {
    expect(cells.get("M6")!.formula).toBe('=IF(L6>=325,"IV",IF(L6>=250,"III",IF(L6>=175,"II","I")))');
  });

  test("says why a value has no predicate", () => {
    expect(cells.get("U7")!.value).toBe("Indeks RB 120 di luar rentang 0–100");
  });

  test("leaves the predicate of an out-of-range value empty", () => {
    expect(cells.has("G7")).toBe(false);
  });

  test("notes every scale that is not verified, and only those", () => {
    const notes = sheet.cells.toArray().filter((c) => c.row >= 9 && c.col === 0).map((c) => String(c.value).split(":")[0]);
    expect(notes).toEqual(["Catatan skala", "Indeks RB", "Indeks PEKPPP", "Sistem Merit", "Indeks BerAKHLAK", "MCP"]);
  });

  test("is returned as data too", () => {
    expect(result.indices!.rows).toHaveLength(3);
  });

  test("comes alongside Ringkasan when the workbook also has indicator sheets", () => {
    const both = buildSummary({ sheets: [] }, [input("a.xlsx", [gradeSheet("Dinkes", "Dinas Kesehatan", all("AA")), indeks])], { date, at });
    expect(both.sheets.map((s) => s.name)).toEqual(["Ringkasan", "Rincian", "Rekap Indeks"]);
  });

  test("is not made without an Indeks sheet", () => {
    const none = buildSummary({ sheets: [] }, [input("a.xlsx", [gradeSheet("Dinkes", "Dinas Kesehatan", all("AA"))])], { date, at });
    expect([none.indices, none.sheets.map((s) => s.name)]).toEqual([null, ["Ringkasan", "Rincian"]]);
  });
});

describe("index scales that follow the year", () => {
  const byYear = sheetFromRows("Indeks", [
    ["Kabupaten/Kota", "Tahun", "MCP", "Sistem Merit"],
    ["Kabupaten Contoh", 2023, 76, 342.5],
    ["Kabupaten Contoh", 2024, 76, 330.5],
    ["Kabupaten Contoh", 2025, 80, 0.75],
    ["Kota Contoh", null, 76, null],
  ]);
  const read = (year: number | null) => readIndexSheet({ sheets: [byYear] }, "indeks.xlsx", scales, year)!.rows;

  test("each row is read on the scale of its Tahun; a row without one on the recap's year", () => {
    const rows = read(2024);
    expect(rows.map((r) => [entry(r, "mcp").predicate, entry(r, "merit").predicate])).toEqual([
      ["Hijau", "IV"],
      ["Waspada", "IV"],
      ["Terjaga", "Menengah"],
      ["Waspada", null],
    ]);
    expect(read(2023)[3].values.find((v) => v.kind.scale === "mcp")!.predicate).toBe("Hijau");
  });

  test("Rekap Indeks takes each predicate with the formula of its year's scale and notes both scales", () => {
    const result = buildSummary({ sheets: [] }, [{ file: "indeks.xlsx", analysis: { sheets: [], findings: [], registry: builtinRegistry() }, snapshot: { sheets: [byYear] } }], { date, at, year: "2024" });
    const cells = sheetOf(result.plan, "Rekap Indeks").cells.toArray();
    const predicateAt = (value: string) => cells.find((c) => c.value === value && typeof c.formula === "string");
    // MCP 76 in 2023 is Hijau on the colours, in 2024 Waspada on the three categories.
    expect(predicateAt("Hijau")!.formula).toContain('"Merah"');
    expect(predicateAt("Waspada")!.formula).toContain('"Rentan"');
    expect(predicateAt("Menengah")!.formula).toContain('"Dasar"');
  });
});
