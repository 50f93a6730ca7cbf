/** The message catalogue: every code said in both languages, quoting what it is about. */
import {
  describeFindingCodes,
  findingCodes,
  findingMessages,
  findingTitles,
  formatFinding,
  formatNumber,
  formatWeight,
  languages,
  severityOf,
  type FindingCode,
} from "../../../src/core/messages/format";
import type { FindingMessages } from "../../../src/core/messages/types";
import type { FindingParamsOf } from "../../../src/core/validate/checks";
import type { Finding } from "../../../src/core/validate/finding";
import { COL, findingsOf, kriteriaRows, sakipRows, setCell } from "../validate/fixtures";

/** Params that choose a message's wording rather than being quoted in it. */
const wordingKeys = new Set(["role", "source", "column", "kind", "units", "level", "where", "seemed"]);

/** One sample per code; every quoted param set to something recognisable. */
const samples: { [K in FindingCode]: FindingParamsOf<K> } = {
  "missing-header-role": { role: "answer", header: "Jawaban", accepted: "Jawaban, Answer", headerRow: 6 },
  "unknown-scheme": { scheme: "sakip-2099", known: "sakip-2021, sakip-2021-kriteria", source: "sheet" },
  "scheme-inferred": { scheme: "sakip-2021", name: "SAKIP PermenPANRB 88/2021" },
  "scheme-overridden": { scheme: "sakip-2021-kriteria", sheetScheme: "sakip-2021" },
  "error-value": { code: "1.b", value: "#REF!", column: "weight" },
  "malformed-code": { value: "1.a.b" },
  "duplicate-code": { code: "1.b", first: "A9" },
  "orphan-row": { code: "1.d.1", kind: "criterion", parent: "1.d" },
  "weight-missing": { code: "1.b", used: 9.5, units: "points", source: "scheme" },
  "weight-not-number": { code: "2", value: "tiga puluh", used: 30.5, units: "points", source: "scheme" },
  "number-stored-as-text": { code: "3.b", value: "4,5", number: 4.5, column: "weight" },
  "weight-differs-from-scheme": { code: "1.a", weight: 7.25, schemeWeight: 6.5, units: "points", scheme: "sakip-2021" },
  "answers-differ": { code: "1.a.2", self: "Y", evaluator: "T" },
  "weight-differs-from-regulation": { code: "1.a", weight: 7.25, schemeWeight: 6.5, units: "points", scheme: "sakip-2021" },
  "weights-do-not-add-up": { level: "subcomponents", code: "4", total: 25.5, expected: 20.5, units: "points" },
  "not-in-scheme": { code: "1.d", kind: "subcomponent", scheme: "sakip-2021" },
  "missing-from-sheet": { code: "4", kind: "component", name: "Evaluasi Akuntabilitas Kinerja Internal", scheme: "sakip-2021" },
  "output-cell-merged": { cell: "E8", range: "D8:E8" },
  "answer-not-on-scale": { code: "2.b", value: "ZZ", allowed: "AA, A, BB, B, CC, C, D, E" },
  "answer-not-expected": { code: "1.b", value: "BB", where: "subcomponent", scheme: "sakip-2021-kriteria" },
  unanswered: { code: "3.c", value: "Y/T", allowed: "Y, T" },
  "no-criteria": { code: "1.b", scheme: "sakip-2021-kriteria" },
  "score-cell-mismatch": { code: "1.b", found: "=SUM(E6:E7)", expected: 7.2, formula: "=IFERROR(D7*C7,0)" },
  "stale-score": { code: "1.a.2", value: 0.75 },
  "grade-needs-probes": { code: "1.b", grade: "BB", minGrade: "AA", fulfilled: 2, probes: 3, percent: 66.67 },
  "needs-existence": { code: "2.b", score: 7.875, units: "points", requires: "2.a" },
  "evidence-unanswered": { code: "A.2.1", item: "Renstra", value: "Y/T", allowed: "Y, T" },
  "layout-weights-do-not-add-up": { code: "A.1.2", level: "evidence", expected: 1.5, found: 1.125 },
  "formula-typed-over": { code: "A.1", found: "0,06", formula: "=SUM(O6:O24)" },
  "formula-broken": { code: "A.1.2", found: "=SUM(K11:K13)", formula: "=SUM(K11:K14)" },
  "formula-missing": { code: "B.3", formula: "=SUM(O112:O138)" },
  "formula-inconsistent": { assessment: "Penilaian", found: "=IF(J22=\"Ya/Tidak\",IF(K21=\"Ya\",1,0))", neighbour: "=IF(J21=\"Ya/Tidak\",IF(K21=\"Ya\",1,0))" },
  "answer-type-unknown": { type: "Ya", known: "Ya/Tidak, A/B/C" },
  "answer-not-in-choices": { assessment: "Penilaian", answer: "D", choices: "A, B, C" },
  "answer-not-in-list": { assessment: "Penilaian", answer: "D", list: "A, B, C" },
  "formula-range-mixes-levels": { assessment: "Penilaian", found: "=AVERAGE(L176:L179)*H175", inner: "L176", parts: "L177, L178, L179" },
  "gating-missing": { assessment: "Penilaian Evaluator", other: "Penilaian Unit", otherCell: "K12" },
  "index-without-predicate": { assessment: "Penilaian", index: "Zona Integritas (WBK/WBBM)" },
  "form-weight-differs-from-regulation": { code: "I.", name: "PEMENUHAN", weight: 35, regulationWeight: 30, regulation: "Lampiran III PermenPANRB 90/2021 (LKE Zona Integritas)" },
  "form-maximum-differs-from-regulation": { maximum: 105, regulationMaximum: 100, regulation: "Lampiran III PermenPANRB 90/2021 (LKE Zona Integritas)" },
  "predicate-differs-from-regulation": { assessment: "PENILAIAN TAHUN 2019", predicate: "A", regulationPredicate: "BB", total: 80, regulation: "Indeks Reformasi Birokrasi (0-100)" },
  "answer-value-differs-from-regulation": { assessment: "Penilaian Evaluator", type: "A/B/C/D", answer: "B", value: 0.66, regulationValue: 0.67, rows: 12, regulation: "PermenPANRB 14/2014 (LKE Reformasi Birokrasi)" },
  "no-evaluation-sheet": { sheets: "Sheet1", seemed: "table" },
};

function sample(code: FindingCode): Finding {
  return { code, severity: severityOf[code], sheet: "Dinkes", params: samples[code] };
}

describe("the catalogue", () => {
  test("codes are unique kebab-case, each with a severity", () => {
    const codes = findingCodes.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const info of findingCodes) {
      expect(info.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(["error", "warning", "info"]).toContain(info.severity);
    }
    expect(codes.sort()).toEqual(Object.keys(samples).sort());
  });

  test("both languages have a message and a title for every code", () => {
    for (const lang of languages) {
      expect(Object.keys(findingMessages[lang]).sort()).toEqual(findingCodes.map((c) => c.code).sort());
      for (const { code } of findingCodes) expect(findingTitles[lang][code]).toMatch(/\S/);
    }
    expect(describeFindingCodes("en").find((c) => c.code === "duplicate-code")).toEqual({ code: "duplicate-code", severity: "error", title: "Duplicate code" });
  });

  test("a missing message does not compile", () => {
    // @ts-expect-error every code needs its message
    const partial: FindingMessages = { unanswered: () => "" };
    expect(partial).toBeDefined();
  });
});

describe("messages quote their params", () => {
  test.each(findingCodes.map((c) => c.code))("%s", (code) => {
    for (const lang of languages) {
      const text = formatFinding(sample(code), lang);
      for (const [key, value] of Object.entries(samples[code])) {
        if (wordingKeys.has(key)) continue;
        expect(text).toContain(typeof value === "number" ? formatNumber(value, lang) : value);
      }
      expect(text).not.toMatch(/undefined|NaN|\[object/);
    }
    expect(formatFinding(sample(code), "id")).not.toBe(formatFinding(sample(code), "en"));
  });

  test("every wording variant reads well", () => {
    const variants: Finding[] = [
      { ...sample("missing-header-role"), params: { ...samples["missing-header-role"], headerRow: 0 } },
      { ...sample("unknown-scheme"), params: { ...samples["unknown-scheme"], source: "option" } },
      { ...sample("unknown-scheme"), params: { ...samples["unknown-scheme"], source: "inferred" } },
      { ...sample("orphan-row"), params: { code: "5.a", kind: "subcomponent", parent: "5" } },
      { ...sample("weight-missing"), params: { ...samples["weight-missing"], source: "none", used: 0 } },
      { ...sample("weight-not-number"), params: { ...samples["weight-not-number"], source: "none", units: "fraction" } },
      { ...sample("weights-do-not-add-up"), params: { level: "components", code: "", total: 0.95, expected: 1, units: "fraction" } },
      ...(["component", "free", "criterion"] as const).map((where) => ({ ...sample("answer-not-expected"), params: { ...samples["answer-not-expected"], where } })),
      { ...sample("unanswered"), params: { ...samples.unanswered, value: "" } },
      { ...sample("error-value"), params: { code: "", value: "#N/A", column: "code" } },
    ];
    for (const lang of languages) {
      const texts = variants.map((f) => formatFinding(f, lang));
      for (const text of texts) expect(text).not.toMatch(/undefined|NaN|\[object|“”/);
      expect(new Set(texts).size).toBe(texts.length);
    }
    const components = variants[6];
    expect(formatFinding(components, "id")).toContain("95%");
    expect(formatFinding(components, "en")).toContain("100%");
  });

  test("Indonesian uses a decimal comma, English a decimal point", () => {
    const finding = sample("weight-differs-from-scheme");
    expect(formatFinding(finding, "id")).toContain("7,25");
    expect(formatFinding(finding, "en")).toContain("7.25");
    const fraction = { ...finding, params: { ...samples["weight-differs-from-scheme"], weight: 0.046, schemeWeight: 0.045, units: "fraction" as const } };
    expect(formatFinding(fraction, "id")).toContain("4,6%");
    expect(formatFinding(fraction, "en")).toContain("4.5%");
  });

  test("Indonesian is the default", () => {
    expect(formatFinding(sample("unanswered"))).toBe(formatFinding(sample("unanswered"), "id"));
  });

  test("a code this version does not know falls back to code and params", () => {
    expect(formatFinding({ code: "from-the-future", severity: "info", sheet: "S", params: { a: 1 } }, "en")).toBe("from-the-future (a=1)");
  });
});

describe("findings from real sheets", () => {
  test("say the value at fault, in both languages", () => {
    const findings = [
      ...findingsOf(setCell(sakipRows(), "2.b", COL.answer, "ZZ")),
      ...findingsOf(setCell(sakipRows(), "3.b", COL.weight, "4,5")),
      ...findingsOf(kriteriaRows({ "2.a": ["T", "T"] })),
    ];
    const id = findings.map((f) => formatFinding(f, "id"));
    const en = findings.map((f) => formatFinding(f, "en"));
    expect(id[0]).toBe("Jawaban “ZZ” untuk 2.b tidak termasuk pilihan, sehingga dihitung 0. Isi salah satu dari: AA, A, BB, B, CC, C, D, E.");
    expect(en[0]).toBe("The answer “ZZ” for 2.b is not one of the choices, so it counts 0. Enter one of: AA, A, BB, B, CC, C, D, E.");
    expect(id[1]).toContain("LKE membacanya sebagai 4,5");
    expect(en[1]).toContain("LKE reads it as 4.5");
    expect(id[2]).toContain("2.b bernilai 7,875 padahal 2.a (keberadaan) bernilai 0");
  });
});

describe("numbers", () => {
  test.each([
    [4.5, "4,5", "4.5"],
    [1234.5, "1.234,5", "1,234.5"],
    [0.06 * 100, "6", "6"],
    [77.1, "77,1", "77.1"],
    [-0.25, "-0,25", "-0.25"],
    [0, "0", "0"],
    [1e-12, "0", "0"],
  ])("%p", (value, id, en) => {
    expect(formatNumber(value, "id")).toBe(id);
    expect(formatNumber(value, "en")).toBe(en);
  });

  test("weights in fractions read as percentages", () => {
    expect(formatWeight(0.045, "fraction", "id")).toBe("4,5%");
    expect(formatWeight(0.3, "fraction", "en")).toBe("30%");
    expect(formatWeight(12.5, "points", "id")).toBe("12,5");
  });
});
