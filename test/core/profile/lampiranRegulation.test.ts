/**
 * Where a workbook in the "Lampiran" form and its regulation disagree: findings at the
 * workbook's cells, while the figures reported stay the workbook's own.
 */
import { analyzeWorkbook } from "../../../src/core/engine";
import { planScore } from "../../../src/core/plan/scorePlan";
import { formulaCoefficients } from "../../../src/core/profile/form/regulationCompare";
import { builtinFormRegulations, regulationNamed } from "../../../src/core/profile/form/regulation";
import { sheetReport } from "../../../src/core/report";
import { builtinRegistry, withCustomScheme } from "../../../src/core/scheme/registry";
import sakip2021 from "../../../src/core/scheme/builtin/sakip-2021.json";
import { sheetFromRows } from "../../../src/core/snapshot";
import { nilaiChain, rbRows, rbMerges, snapshotOf, ziMerges, ziRows, ziValidations } from "./lampiranFixture";

type Rows = ReturnType<typeof ziRows>;

const regulationCodes = ["form-weight-differs-from-regulation", "form-maximum-differs-from-regulation", "predicate-differs-from-regulation", "answer-value-differs-from-regulation"];
const ziTitle = "LAMPIRAN III PERATURAN MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI NOMOR 90 TAHUN 2021";

/** The ZI fixture with the regulation named in its title row, as the real form has it. */
function ziNamed(edit: (rows: Rows) => void = () => {}) {
  const rows = ziRows();
  rows[0] = [`${ziTitle}\nLEMBAR KERJA EVALUASI PEMBANGUNAN ZONA INTEGRITAS`];
  edit(rows);
  return snapshotOf({ ...sheetFromRows("LKE ZI", rows), merges: ziMerges, validations: ziValidations });
}

/** Weights as the regulation sets them where it sets one: Pemenuhan 30, Pelayanan publik yang prima 17.5. */
function regulationWeights(rows: Rows): void {
  rows[4][5] = 30;
  rows[17][5] = 17.5;
}

const findingsOf = (snapshot: ReturnType<typeof snapshotOf>, options = {}) =>
  analyzeWorkbook(snapshot, options)
    .sheets.map(sheetReport)
    .map((r) => r.findings.filter((f) => regulationCodes.includes(f.code)));

describe("LKE ZI naming PermenPANRB 90/2021", () => {
  test("weights as the regulation sets them: no finding", () => {
    expect(findingsOf(ziNamed(regulationWeights))).toEqual([[], []]);
  });

  test("a weight unlike the regulation's is an error at its Bobot cell, said once for the sheet; the totals stay the workbook's", () => {
    const snapshot = ziNamed((rows) => {
      regulationWeights(rows);
      rows[17][5] = 20;
    });
    const [unit, evaluator] = findingsOf(snapshot);
    expect(unit.map((f) => [f.code, f.severity, f.cell, f.params])).toEqual([
      [
        "form-weight-differs-from-regulation",
        "error",
        "F18",
        { code: "I.", name: "PELAYANAN PUBLIK YANG PRIMA", weight: 20, regulationWeight: 17.5, regulation: "Lampiran III PermenPANRB 90/2021 (LKE Zona Integritas)" },
      ],
    ]);
    expect(evaluator).toEqual([]);
    // The workbook's formula scales the survey to its own Bobot: 3.5/4 x 20 = 17.5 (the regulation's
    // 17.5 would give 15.3125), so the unit's total is 44.125 + 17.5 = 61.625.
    const reports = analyzeWorkbook(snapshot).sheets.map(sheetReport);
    expect(reports.map((r) => r.total)).toEqual([61.63, 67.43]);
  });

  test("components adding up to another maximum: an error at the total", () => {
    const [unit] = findingsOf(
      ziNamed((rows) => {
        regulationWeights(rows);
        rows[16][5] = 45;
      }),
    );
    expect(unit.map((f) => [f.code, f.cell, f.params.weight ?? f.params.maximum])).toEqual([
      ["form-weight-differs-from-regulation", "F17", 45],
      ["form-maximum-differs-from-regulation", "I21", 105],
    ]);
  });

  test("a Nilai formula giving an answer another coefficient: a warning at the first such row, the total as the formula gives it", () => {
    const snapshot = ziNamed((rows) => {
      rows[8][11] = `=${nilaiChain("G", "K", 9).replace('K9="B",0.67', 'K9="B",0.66')}`;
    });
    const [, evaluator] = findingsOf(snapshot);
    expect(evaluator.map((f) => [f.code, f.severity, f.cell, f.params])).toEqual([
      [
        "answer-value-differs-from-regulation",
        "warning",
        "L9",
        { assessment: "PENILAIAN EVALUATOR", type: "A/B/C/D", answer: "B", value: 0.66, regulationValue: 0.67, rows: 1, regulation: "Lampiran III PermenPANRB 90/2021 (LKE Zona Integritas)" },
      ],
    ]);
    // mean(1, 0.66) x 30 = 24.9 (not the regulation's 25.05): 82.275, rounded 82.28.
    expect(sheetReport(analyzeWorkbook(snapshot).sheets[1]).total).toBe(82.28);
  });

  test("without the regulation named in its titles nothing is compared: several regulations share the form", () => {
    expect(findingsOf(snapshotOf({ ...sheetFromRows("LKE ZI", ziRows()), merges: ziMerges, validations: ziValidations }))).toEqual([[], []]);
  });
});

describe("LKE RB naming PermenPANRB 14/2014", () => {
  test("its areas' weights are compared by name under Proses; the Hasil rows the regulation does not name are left alone", () => {
    const rows = rbRows();
    rows[0] = [null, "LEMBAR KERJA EVALUASI REFORMASI BIROKRASI (PERATURAN MENTERI PANRB NOMOR 14 TAHUN 2014)"];
    const snapshot = snapshotOf({ ...sheetFromRows("LKE RB 2019", rows), merges: rbMerges, validations: [] });
    const [rb] = findingsOf(snapshot);
    expect(rb.map((f) => [f.cell, f.params.name, f.params.weight, f.params.regulationWeight])).toEqual([
      ["F6", "MANAJEMEN PERUBAHAN", 30, 5],
      ["F9", "PENGUATAN PENGAWASAN", 30, 12],
    ]);
    expect(sheetReport(analyzeWorkbook(snapshot).sheets[0]).total).toBe(67.25);
  });
});

/** The RB fixture at a total of exactly 70.00, with the workbook's own predicate formula under it. */
function rbWithPredicate(formula: string) {
  const rows = rbRows();
  rows[12][8] = 75; // survey 75/100 x 30 = 22.5
  rows[13][8] = "WTP"; // 1 x 10
  rows.push([null, "Predikat", null, null, null, null, null, null, null, formula]);
  return snapshotOf({ ...sheetFromRows("LKE RB 2019", rows), merges: rbMerges, validations: [] });
}

// S2's export decides with >=, so 70.00 is BB there; the regulation's bands are (lower, upper]: B.
const atLeast = '=IF(J16>=90,"AA",IF(J16>=80,"A",IF(J16>=70,"BB",IF(J16>=60,"B",IF(J16>=50,"CC",IF(J16>=30,"C","D"))))))';

describe("a workbook writing its own predicate", () => {
  test("a predicate unlike the regulation's band for its total: an error at that cell; the total is the workbook's", () => {
    const snapshot = rbWithPredicate(atLeast);
    const [rb] = analyzeWorkbook(snapshot).sheets.map(sheetReport);
    expect([rb.total, rb.predicate]).toEqual([70, "B"]);
    expect(rb.findings.map((f) => [f.code, f.severity, f.cell, f.params])).toEqual([
      ["predicate-differs-from-regulation", "error", "J17", { assessment: "PENILAIAN TAHUN 2019", predicate: "BB", regulationPredicate: "B", total: 70, regulation: "Indeks Reformasi Birokrasi (0-100)" }],
    ]);
  });

  test("score keeps the workbook's own predicate formula and writes LKE's in the next free row", () => {
    const snapshot = rbWithPredicate(atLeast);
    const plan = planScore(snapshot, analyzeWorkbook(snapshot), "values", "2026-01-01T00:00:00.000Z");
    // Its cell keeps its formula (only the cached value is refreshed).
    expect(plan.writes.filter((w) => w.row === 16).map((w) => [w.col, w.formula, w.value])).toEqual([[9, snapshot.sheets[0].formulas[16][9], "BB"]]);
    expect(plan.writes.filter((w) => !w.formula).map((w) => [w.row, w.col, w.value])).toEqual([
      [17, 1, "Predikat"],
      [17, 9, "B"],
    ]);
  });

  test("a predicate that agrees, or a text that names no band, is no finding", () => {
    expect(findingsOf(rbWithPredicate("B (Baik)"))).toEqual([[]]);
    expect(findingsOf(rbWithPredicate("Baik"))).toEqual([[]]);
    expect(findingsOf(rbWithPredicate("lihat catatan"))).toEqual([[]]);
    expect(findingsOf(rbWithPredicate("Sangat Baik")).flat().map((f) => f.params.predicate)).toEqual(["Sangat Baik"]);
  });

  test("a custom scheme's scale is not the regulation: no comparison", () => {
    const custom = { ...sakip2021, id: "rb-kabupaten", name: "RB kabupaten", translations: undefined };
    const { registry } = withCustomScheme(builtinRegistry(), custom, "custom");
    expect(findingsOf(rbWithPredicate(atLeast), { registry, schemeId: "rb-kabupaten" })).toEqual([[]]);
    expect(findingsOf(rbWithPredicate(atLeast), { schemeId: "indeks-rb" }).flat().map((f) => f.cell)).toEqual(["J17"]);
  });
});

describe("the regulations as data", () => {
  test("each one's parts add up to its parent's weight and to its total", () => {
    for (const regulation of builtinFormRegulations()) {
      const check = (weight: string, parts: { weight: string; parts?: unknown[] }[] | undefined) => {
        if (!parts) return;
        expect(parts.reduce((s, p) => s + Number(p.weight), 0)).toBeCloseTo(Number(weight), 9);
        for (const part of parts) check(part.weight, part.parts as never);
      };
      check(regulation.total, regulation.parts);
    }
  });

  test("a regulation is named by its number in the titles, for its own index only", () => {
    expect(regulationNamed("zi", [ziTitle])?.id).toBe("zi-90-2021");
    expect(regulationNamed("rb", [ziTitle])).toBeNull();
    expect(regulationNamed("rb", ["PERATURAN MENTERI PANRB NOMOR 14 TAHUN 2014"])?.id).toBe("rb-14-2014");
    expect(regulationNamed("zi", ["LEMBAR KERJA EVALUASI ZONA INTEGRITAS 2023"])).toBeNull();
  });

  test("a formula's coefficients are read for the row's own answer type", () => {
    const chain = nilaiChain("J", "K", 8);
    expect([...formulaCoefficients(chain, "A/B/C/D", "J8", "K8")].map(([a, v]) => [a, v.valueOf()])).toEqual([
      ["A", 1],
      ["B", 0.67],
      ["C", 0.33],
      ["D", 0],
    ]);
    expect([...formulaCoefficients(chain, "Ya/Tidak", "J8", "K8").keys()]).toEqual(["YA", "TIDAK"]);
    expect(formulaCoefficients(chain, "Ya", "J8", "K8").size).toBe(0);
    // AK8 is another cell, not the answer K8.
    expect(formulaCoefficients('IF(J8="A/B/C",IF(AK8="B",0.2,IF($K$8="B",0.5,0)),"-")', "A/B/C", "J8", "K8").get("B")?.valueOf()).toBe(0.5);
  });
});
