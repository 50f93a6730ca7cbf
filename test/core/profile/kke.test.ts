/** A real regency layout (the Trenggalek KKE), read through its layout profile, on a small fixture of the same layout. */
import fc from "fast-check";
import { analyzeWorkbook } from "../../../src/core/engine";
import { exact, sum, toFixed, type Exact } from "../../../src/core/exact";
import { planScore } from "../../../src/core/plan/scorePlan";
import { parseLayoutProfile } from "../../../src/core/profile/registry";
import kkeTrenggalek from "../../../src/core/profile/builtin/kke-trenggalek.json";
import { sheetReport } from "../../../src/core/report";
import { SchemeError } from "../../../src/core/scheme/registry";
import { sheetFromRows, type WorkbookSnapshot } from "../../../src/core/snapshot";
import { applyToSnapshot } from "../../helpers/applyToSnapshot";
import { fixtureAnswers, fixtureSnapshot, insertRow, setFixtureCell } from "./kkeFixture";

const at = "2026-01-01T00:00:00.000Z";

function analyze(snapshot: WorkbookSnapshot, layout?: string) {
  const analysis = analyzeWorkbook(snapshot, layout ? { layout } : {});
  const entry = analysis.sheets.find((s) => s.profile)!;
  return { analysis, entry, report: entry ? sheetReport(entry) : undefined };
}

const codesOf = (findings: { code: string; cell?: string }[], code: string) => findings.filter((f) => f.code === code).map((f) => f.cell);

describe("reading the KKE layout", () => {
  test("RESUME and PENILAIAN are one evaluation, one entry", () => {
    const { analysis, entry } = analyze(fixtureSnapshot());
    expect(analysis.sheets.map((s) => s.name)).toEqual(["PENILAIAN"]);
    expect(entry.profile!.summarySheet).toBe("RESUME");
    expect(entry.indicator).toBeUndefined();
  });

  test("components, sub-components (with the local Capaian), criteria and evidence", () => {
    const layout = analyze(fixtureSnapshot()).entry.profile!.layout;
    expect(layout.components.map((c) => [c.code, c.name, c.subcomponents.map((s) => `${s.code} ${s.name}`)])).toEqual([
      ["A", "Perencanaan Kinerja", ["A.1 Pemenuhan", "A.2 Kualitas"]],
      ["D", "Evaluasi Akuntabilitas Kinerja Internal", ["D.1 Pemenuhan", "D.2 Capaian"]],
    ]);
    const a1 = layout.detailSubcomponents[0];
    expect(a1.criteria.map((c) => [c.code, c.direct, c.evidence.map((e) => `${e.text}${e.optional ? "?" : ""}${e.takesAnswer ? "" : "-"}`)])).toEqual([
      ["A.1.1", false, ["RPJMD", "Renstra PD", "Croscutting (Jika Ada)?"]],
      ["A.1.2", false, ["DPA tahun n", "KAK", "RAB (Jika Ada)?-"]],
    ]);
    const a2 = layout.detailSubcomponents[1];
    expect(a2.criteria.map((c) => [c.code, c.direct, c.scale?.id])).toEqual([
      ["A.2.1", true, "a-d-kke"],
      ["A.2.2", true, "a-d-kke"],
      ["A.2.3", true, "a-d-kke"],
    ]);
  });

  test("sheets with other names are found by their headers and paired by the formulas", () => {
    const snapshot = fixtureSnapshot();
    snapshot.sheets[0].name = "Resume OPD";
    for (const sheet of snapshot.sheets) sheet.formulas = sheet.formulas.map((r) => r.map((f) => f?.replace(/RESUME!/g, "'Resume OPD'!") ?? null));
    const { entry, report } = analyze(snapshot);
    expect(entry.profile!.summarySheet).toBe("Resume OPD");
    expect(report!.total).toBe(39.9);
  });

  test("the unit and year come from labels above the header, else the sheet pair", () => {
    expect(analyze(fixtureSnapshot()).report!.unit).toBe("RESUME/PENILAIAN");
    const snapshot = fixtureSnapshot();
    setFixtureCell(snapshot, "RESUME", "A2", "OPD:");
    setFixtureCell(snapshot, "RESUME", "C2", "Dinas Kesehatan");
    setFixtureCell(snapshot, "RESUME", "H1", "Tahun");
    setFixtureCell(snapshot, "RESUME", "I1", 2025);
    const { report } = analyze(snapshot);
    expect([report!.unit, report!.year, report!.total]).toEqual(["Dinas Kesehatan", "2025", 39.9]);
  });

  test("a FORMAT.md sheet beside it is still read as usual", () => {
    const snapshot = fixtureSnapshot();
    snapshot.sheets.push(sheetFromRows("Dinkes", [["Kode", "Uraian", "Bobot", "Jawaban", "Nilai"], ["1", "Perencanaan", 30], ["1.a", "Dok", 6, "AA"]]));
    const { analysis } = analyze(snapshot);
    expect(analysis.sheets.map((s) => [s.name, s.profile ? "profile" : "format"])).toEqual([
      ["PENILAIAN", "profile"],
      ["Dinkes", "format"],
    ]);
  });

  test("--layout lke reads the sheets as FORMAT.md sheets instead", () => {
    const { analysis } = analyze(fixtureSnapshot(), "lke");
    expect(analysis.sheets.some((s) => s.profile)).toBe(false);
  });

  test("a forced profile accepts sheets that show only its essential headers", () => {
    const snapshot = fixtureSnapshot();
    const penilaian = snapshot.sheets[1];
    penilaian.values[1][5] = "URAIAN KRITERIA";
    expect(analyze(snapshot).entry).toBeUndefined();
    expect(analyze(snapshot, "kke-trenggalek").report!.total).toBe(39.9);
  });

  test("the profile is data checked field by field", () => {
    expect(parseLayoutProfile(kkeTrenggalek, "kke").id).toBe("kke-trenggalek");
    const bad = { ...kkeTrenggalek, units: "percent", codes: { ...kkeTrenggalek.codes, criterion: ["("] } };
    expect(() => parseLayoutProfile(bad, "bad.json")).toThrow(SchemeError);
    try {
      parseLayoutProfile(bad, "bad.json");
    } catch (error) {
      expect((error as SchemeError).issues.map((i) => i.path).sort()).toEqual(["codes.criterion[0]", "units"]);
    }
  });
});

describe("scoring reproduces the workbook's own formulas", () => {
  test("the fixture: A.1 10, A.2 9.9 (B 0.66, C 0.33), D.2 counts 0 (no NILAI formula), total 39.90 -> C", () => {
    const { report } = analyze(fixtureSnapshot());
    expect(report!.components.map((c) => [c.code, c.weight, c.score, c.subcomponents.map((s) => s.score)])).toEqual([
      ["A", 50, 19.9, [10, 9.9]],
      ["D", 50, 20, [20, 0]],
    ]);
    expect([report!.total, report!.predicate, report!.complete, report!.scheme]).toEqual([39.9, "C", false, "kke-trenggalek"]);
  });

  test("weights are split equally: criterion = sub / count, evidence = criterion / count, (Jika Ada) without a count weighs 0", () => {
    const profile = analyze(fixtureSnapshot()).entry.profile!;
    const rows = profile.layout.detailSubcomponents[0].criteria[0].evidence.map((e) => e.row);
    expect(rows).toEqual([6, 7, 8]);
  });

  test("for any answers, the score is the evidence-split model, exactly", () => {
    const yt = ["Y", "T", "Y/T", "y", "Ya", "", "X"];
    const ad = ["A", "B", "C", "D", "A/B/C/D", "b", "", "E"];
    const ytValue = (a: string) => (a.toUpperCase() === "Y" ? exact(1) : exact(0));
    const adValue = (a: string) => exact({ A: "1", B: "0.66", C: "0.33" }[a.toUpperCase()] ?? "0");
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...yt), { minLength: 7, maxLength: 7 }), fc.array(fc.constantFrom(...ad), { minLength: 4, maxLength: 4 }), (y, a) => {
        const answers: Record<string, string> = { M7: y[0], M8: y[1], M9: y[2], M11: y[3], M12: y[4], M23: y[5], M24: y[6], M15: a[0], M17: a[1], M18: a[2], M26: a[3] };
        const { report } = analyze(fixtureSnapshot(answers));
        // A.1: 0.2 over 2 criteria; A.1.1 over 2 counted items (the (Jika Ada) one weighs 0), A.1.2 over 2.
        const a1: Exact = sum([ytValue(y[0]), ytValue(y[1])].map((v) => v.mul("0.05"))).add(sum([ytValue(y[3]), ytValue(y[4])].map((v) => v.mul("0.05"))));
        const a2: Exact = sum([a[0], a[1], a[2]].map((v) => adValue(v).mul("0.1")));
        const d1: Exact = sum([ytValue(y[5]), ytValue(y[6])].map((v) => v.mul("0.1")));
        const total = a1.add(a2).add(d1).mul(100);
        expect(report!.total).toBe(Number(toFixed(total, 2)));
        expect(report!.components[0].subcomponents[1].score).toBeCloseTo(a2.mul(100).valueOf(), 12);
      }),
      { numRuns: 60, seed: 88 },
    );
  });
});

describe("findings and repairs", () => {
  test("unanswered evidence items (placeholders) and a sub-component whose answers no formula counts", () => {
    const { entry } = analyze(fixtureSnapshot());
    const findings = entry.findings;
    expect(findings.filter((f) => f.code === "evidence-unanswered").map((f) => [f.sheet, f.cell, f.params.code, f.params.item, f.params.value])).toEqual([
      ["PENILAIAN", "M11", "A.1.2", "DPA tahun n", "Y/T"],
      ["PENILAIAN", "M17", "A.2.2", "Dokumen Perencanaan Kinerja telah dipublikasikan tepat waktu.", "A/B/C/D"],
    ]);
    expect(findings.filter((f) => f.code === "formula-missing").map((f) => [f.cell, f.params.code, f.params.formula])).toEqual([["O25", "D.2", "=SUM(O26:O27)"]]);
    expect(findings.filter((f) => f.code.startsWith("formula-") && f.code !== "formula-missing")).toEqual([]);
    expect(codesOf(findings, "layout-weights-do-not-add-up")).toEqual([]);
  });

  test("as shipped, score writes only the predicate, right of the total on RESUME", () => {
    const snapshot = fixtureSnapshot();
    const plan = planScore(snapshot, analyzeWorkbook(snapshot), "formulas", at);
    expect(plan.writes.map((w) => [w.sheet, w.row, w.col, w.value])).toEqual([["RESUME", 9, 6, "C"]]);
    expect(plan.writes[0].formula).toBe('=IF(ROUND(F10*100,2)>90,"AA",IF(ROUND(F10*100,2)>80,"A",IF(ROUND(F10*100,2)>70,"BB",IF(ROUND(F10*100,2)>60,"B",IF(ROUND(F10*100,2)>50,"CC",IF(ROUND(F10*100,2)>30,"C","D"))))))');
    const again = applyToSnapshot(snapshot, plan);
    expect(planScore(again, analyzeWorkbook(again), "formulas", at).writes).toEqual([]);
  });

  test("the predicate never goes over a user cell", () => {
    const snapshot = fixtureSnapshot();
    setFixtureCell(snapshot, "RESUME", "G10", "dicek Bappeda");
    const plan = planScore(snapshot, analyzeWorkbook(snapshot), "values", at);
    expect(plan.writes.map((w) => [w.row, w.col, w.value, w.formula])).toEqual([[9, 7, "C", undefined]]);
    const again = applyToSnapshot(snapshot, plan);
    expect(planScore(again, analyzeWorkbook(again), "values", at).writes).toEqual([]);
  });

  test("a typed-over output is reported and its formula written back", () => {
    const snapshot = fixtureSnapshot();
    setFixtureCell(snapshot, "PENILAIAN", "O5", 0.2);
    setFixtureCell(snapshot, "RESUME", "F4", 0.5);
    const { entry, report } = analyze(snapshot);
    expect(entry.findings.filter((f) => f.code === "formula-typed-over").map((f) => [f.sheet, f.cell, f.params.found, f.params.formula])).toEqual([
      ["RESUME", "F4", "0.5", "=SUM(F5:F6)"],
      ["PENILAIAN", "O5", "0.2", "=SUM(O6:O13)"],
    ]);
    expect(report!.total).toBe(39.9);
    const plan = planScore(snapshot, analyzeWorkbook(snapshot), "formulas", at);
    expect(plan.writes.filter((w) => w.formula?.startsWith("=SUM")).map((w) => [w.sheet, w.row, w.col, w.formula, w.value])).toEqual([
      ["PENILAIAN", 4, 14, "=SUM(O6:O13)", 0.1],
      ["RESUME", 3, 5, "=SUM(F5:F6)", 0.199],
    ]);
  });

  test("a formula that drops rows (or gives an error) is repaired, and the score follows the repair", () => {
    const snapshot = fixtureSnapshot();
    setFixtureCell(snapshot, "PENILAIAN", "O14", "=SUM(O15:O17)");
    setFixtureCell(snapshot, "PENILAIAN", "I17", "=H17/#REF!*$E$14");
    const { entry, report } = analyze(snapshot);
    expect(entry.findings.filter((f) => f.code === "formula-broken").map((f) => [f.cell, f.params.code, f.params.found, f.params.formula])).toEqual([
      ["O14", "A.2", "=SUM(O15:O17)", "=SUM(O15:O19)"],
      ["I17", "A.2.2", "=H17/#REF!*$E$14", "=H17/$H$14*$E$14"],
    ]);
    expect(report!.components[0].subcomponents[1].score).toBeCloseTo(9.9, 12);
    expect(report!.total).toBe(39.9);
  });

  test("a formula that agrees only for today's answers is still caught (it would drop an answer)", () => {
    const snapshot = fixtureSnapshot();
    // A.2.2 is unanswered today, so leaving its row out changes nothing yet.
    setFixtureCell(snapshot, "PENILAIAN", "O14", "=O15+O18");
    const { entry } = analyze(snapshot);
    expect(codesOf(entry.findings, "formula-broken")).toEqual(["O14"]);
  });

  test("an evidence row inserted without its formulas: weights no longer add up", () => {
    const snapshot = fixtureSnapshot();
    insertRow(snapshot, "PENILAIAN", 9, [null, null, null, null, null, null, "Pokin PD", null, null, 1, null, null, "Y"]);
    const { entry, report } = analyze(snapshot);
    const weights = entry.findings.filter((f) => f.code === "layout-weights-do-not-add-up");
    expect(weights.map((f) => [f.cell, f.params.code, f.params.level, f.params.expected, f.params.found])).toEqual([["K6", "A.1.1", "evidence", 10, 6.666667]]);
    expect(codesOf(entry.findings, "formula-missing")).toEqual(expect.arrayContaining(["K9", "N9", "O9"]));
    // As the workbook computes it: RPJMD now weighs a third of A.1.1, the new row nothing.
    expect(report!.components[0].subcomponents[0].score).toBeCloseTo(100 * (0.1 / 3 + 0.05), 9);
  });

  test("a criterion inserted below the range its count sums: the count formula is repaired", () => {
    const snapshot = fixtureSnapshot();
    insertRow(snapshot, "PENILAIAN", 20, ["AREN002.4", null, null, null, null, "Target dapat dicapai", null, 1, "=H20/$H$14*$E$14", null, "=I20", null, "A", '=IF(M20="A",1,IF(M20="B",0.66,IF(M20="C",0.33,IF(M20="D",0,"Belum Diisi"))))', "=IFERROR(N20*K20,0)"]);
    const { entry, report } = analyze(snapshot);
    expect(entry.findings.filter((f) => f.code === "formula-broken").map((f) => [f.cell, f.params.formula])).toEqual([
      ["H14", "=SUM(H15:H20)"],
      ["O14", "=SUM(O15:O20)"],
    ]);
    // Four criteria of 7.5% after the repair: B .66, (none), C .33, A 1.
    expect(report!.components[0].subcomponents[1].score).toBeCloseTo(7.5 * (0.66 + 0.33 + 1), 9);
    expect(codesOf(entry.findings, "layout-weights-do-not-add-up")).toEqual([]);
  });

  test("the fixture's answers are the ones documented", () => {
    expect(Object.keys(fixtureAnswers)).toHaveLength(11);
  });
});
