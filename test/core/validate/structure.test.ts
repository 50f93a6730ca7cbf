/** Checks on the sheet's shape: header, scheme, codes. */
import { a1 } from "../../../src/core/address";
import { analyzeWorkbook } from "../../../src/core/engine";
import { sheetFromRows } from "../../../src/core/snapshot";
import {
  COL,
  cellOf,
  findingsOf,
  header,
  insertAfter,
  kriteriaRows,
  only,
  rowOf,
  sakipRows,
  setCell,
  withCode,
} from "./fixtures";

describe("missing-header-role", () => {
  test("names each missing column, at the header row", () => {
    const findings = findingsOf([["Skema", "sakip-2021"], [], ["Kode", "Uraian", "Bobot", "Nilai"], ["1", "Perencanaan Kinerja", 30, null]]);
    const finding = only(findings, "missing-header-role");
    expect(finding).toMatchObject({ severity: "error", cell: "A3", params: { role: "answer", header: "Jawaban", headerRow: 3 } });
    expect(String(finding.params.accepted)).toContain("Answer");
  });

  test("a header found by three roles, without Skema, still counts as meant", () => {
    const findings = findingsOf([["No.", "Uraian", "Bobot Maksimal"], ["1", "Perencanaan Kinerja", 30]]);
    expect(withCode(findings, "missing-header-role").map((f) => f.params.header)).toEqual(["Jawaban", "Nilai"]);
    expect(findings.every((f) => f.cell === "A1")).toBe(true);
  });

  test("a Skema without any header row: every required column, sheet-wide", () => {
    const findings = findingsOf([["Skema", "sakip-2021"], ["Unit", "Dinas Kesehatan"]]);
    expect(findings).toHaveLength(5);
    expect(findings.every((f) => f.code === "missing-header-role" && f.cell === undefined && f.params.headerRow === 0)).toBe(true);
  });

  test("any other sheet is left alone, silently", () => {
    const analysis = analyzeWorkbook({ sheets: [sheetFromRows("Catatan", [["Kode", "Uraian"], ["1", "teks"]])] });
    expect(analysis.sheets).toEqual([]);
  });
});

describe("unknown-scheme", () => {
  test("at the Skema value cell, listing the known schemes", () => {
    const findings = findingsOf(sakipRows({ scheme: "sakip-2099" }));
    const finding = only(findings, "unknown-scheme");
    expect(finding).toMatchObject({ severity: "error", cell: "B1", params: { scheme: "sakip-2099", source: "sheet" } });
    expect(finding.params.known).toBe("sakip-2021, sakip-2021-kriteria");
  });

  test("from the scheme option: sheet-wide", () => {
    const finding = only(findingsOf(sakipRows(), { schemeId: "nope" }), "unknown-scheme");
    expect(finding.cell).toBeUndefined();
    expect(finding.params.source).toBe("option");
  });

  test("a sheet that cannot be scored gets no scheme-based findings", () => {
    const findings = findingsOf(setCell(sakipRows({ scheme: "sakip-2099" }), "1.a", COL.answer, "ZZ"));
    expect(findings.map((f) => f.code)).toEqual(["unknown-scheme"]);
  });
});

describe("scheme-inferred", () => {
  test("grades on sub-component rows: sakip-2021", () => {
    const findings = findingsOf(sakipRows({ scheme: null }));
    expect(findings).toEqual([expect.objectContaining({ code: "scheme-inferred", severity: "info", params: expect.objectContaining({ scheme: "sakip-2021" }) })]);
    expect(findings[0].cell).toBeUndefined();
  });

  test("answers only on criteria: sakip-2021-kriteria", () => {
    const finding = only(findingsOf(kriteriaRows({}, null)), "scheme-inferred");
    expect(finding.params.scheme).toBe("sakip-2021-kriteria");
  });
});

describe("scheme-overridden", () => {
  test("an option that differs from the sheet's Skema", () => {
    const finding = only(findingsOf(kriteriaRows({}, "sakip-2021"), { schemeId: "sakip-2021-kriteria" }), "scheme-overridden");
    expect(finding).toMatchObject({ severity: "info", cell: "B1", params: { scheme: "sakip-2021-kriteria", sheetScheme: "sakip-2021" } });
  });

  test("an option equal to the Skema, in any case, is no finding", () => {
    expect(findingsOf(sakipRows({ scheme: "SAKIP-2021" }), { schemeId: "sakip-2021" })).toEqual([]);
  });
});

describe("error-value", () => {
  test("in weight, answer and code cells", () => {
    let rows = setCell(sakipRows(), "1.b", COL.weight, { error: "#REF!" });
    rows = setCell(rows, "2.a", COL.answer, { error: "#N/A" });
    rows = insertAfter(rows, "3.c", [{ error: "#DIV/0!" }, "rusak", null, null]);
    const findings = withCode(findingsOf(rows), "error-value");
    expect(findings.map((f) => [f.severity, f.cell, f.params.column, f.params.value, f.params.code])).toEqual([
      ["error", cellOf(rows, "1.b", COL.weight), "weight", "#REF!", "1.b"],
      ["error", cellOf(rows, "2.a", COL.answer), "answer", "#N/A", "2.a"],
      ["error", a1(rowOf(rows, "3.c") + 1, COL.code), "code", "#DIV/0!", ""],
    ]);
  });

  test("is not also reported as a bad code, weight or answer", () => {
    let rows = setCell(sakipRows(), "1.b", COL.weight, { error: "#REF!" });
    rows = setCell(rows, "2.a", COL.answer, { error: "#N/A" });
    const codes = findingsOf(rows).map((f) => f.code);
    expect(codes).not.toContain("weight-not-number");
    expect(codes).not.toContain("answer-not-on-scale");
    expect(codes).not.toContain("unanswered");
  });
});

describe("malformed-code", () => {
  test("a code that is no component, sub-component or criterion", () => {
    const rows = insertAfter(sakipRows(), "1.c", ["1.a.b", "Kriteria aneh", null, null]);
    const finding = only(findingsOf(rows), "malformed-code");
    expect(finding).toMatchObject({ severity: "error", cell: cellOf(rows, "1.a.b", COL.code), params: { value: "1.a.b" } });
  });

  test("trailing dots, spaces and upper-case letters are fine", () => {
    let rows = setCell(sakipRows(), "1.a", COL.code, "1.a.");
    rows = setCell(rows, "2.b", COL.code, " 2.B ");
    rows = setCell(rows, "3", COL.code, "3.");
    expect(findingsOf(rows)).toEqual([]);
  });
});

describe("duplicate-code", () => {
  test("the second occurrence, naming the first", () => {
    const rows = insertAfter(sakipRows(), "1.c", ["1.b", "Lagi", 9, "BB"]);
    const finding = only(findingsOf(rows), "duplicate-code");
    const secondRow = rows.findIndex((r, i) => r[0] === "1.b" && i > rows.findIndex((x) => x[0] === "1.b"));
    expect(finding).toMatchObject({ severity: "error", cell: `A${secondRow + 1}`, params: { code: "1.b", first: cellOf(rows, "1.b", COL.code) } });
  });

  test("codes are compared normalised: 1.b. is 1.b", () => {
    const rows = insertAfter(sakipRows(), "1.c", ["1.B.", "Lagi", 9, "BB"]);
    expect(only(findingsOf(rows), "duplicate-code").params.code).toBe("1.B.");
  });
});

describe("orphan-row", () => {
  test("a criterion without its sub-component", () => {
    const rows = insertAfter(sakipRows(), "1.c", ["1.d.1", "Kriteria", null, null]);
    const finding = only(findingsOf(rows), "orphan-row");
    expect(finding).toMatchObject({ severity: "error", cell: cellOf(rows, "1.d.1", COL.code), params: { code: "1.d.1", kind: "criterion", parent: "1.d" } });
  });

  test("a sub-component without its component", () => {
    const rows = insertAfter(sakipRows(), "4.c", ["5.a", "Sub-komponen", 1, "B"]);
    const finding = only(findingsOf(rows), "orphan-row");
    expect(finding).toMatchObject({ cell: cellOf(rows, "5.a", COL.code), params: { kind: "subcomponent", parent: "5" } });
  });

  test("a sub-component above its component is an orphan too", () => {
    const rows = [...sakipRows().slice(0, 5), header.map(() => null), ["5.a", "x", 0, "B"], ["5", "y", 0]];
    expect(withCode(findingsOf(rows), "orphan-row")).toHaveLength(1);
  });
});

describe("rows out of order", () => {
  test("a criterion below a later sub-component still joins its own", () => {
    // 1.a.9 stands after 1.b: not beside its parent, found by code.
    const rows = insertAfter(kriteriaRows(), "1.b", ["1.a.9", "Kriteria tambahan", null, "Y"]);
    const sheet = analyzeWorkbook({ sheets: [sheetFromRows("Dinas", rows)] }).sheets[0].indicator!;
    const a = sheet.components[0].subcomponents.find((s) => s.code === "1.a")!;
    expect(a.criteria.map((c) => c.code)).toContain("1.a.9");
    expect(withCode(findingsOf(rows), "orphan-row")).toEqual([]);
  });

  test("a sub-component after another component's rows joins its own component", () => {
    const rows = insertAfter(sakipRows(), "2.c", ["1.d", "Sub-komponen tambahan", 0, "B"]);
    const sheet = analyzeWorkbook({ sheets: [sheetFromRows("Dinas", rows)] }).sheets[0].indicator!;
    expect(sheet.components[0].subcomponents.map((s) => s.code)).toContain("1.d");
    expect(withCode(findingsOf(rows), "orphan-row")).toEqual([]);
  });
});

describe("duplicates are judged sheet by sheet", () => {
  test("the same codes on two sheets are no duplicates; a repeat on the second is", () => {
    const repeated = insertAfter(sakipRows(), "1.c", ["1.b", "Lagi", 9, "BB"]);
    const analysis = analyzeWorkbook({ sheets: [sheetFromRows("Satu", sakipRows()), sheetFromRows("Dua", repeated), sheetFromRows("Tiga", sakipRows())] });
    const duplicates = analysis.sheets.map((s) => withCode(s.findings, "duplicate-code").length);
    expect(duplicates).toEqual([0, 1, 0]);
  });
});
