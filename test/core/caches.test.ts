import * as fs from "fs";
import * as path from "path";
import { BoundedCache } from "../../src/core/boundedCache";
import { CellStrings } from "../../src/core/cellStrings";
import { analyzeWorkbook } from "../../src/core/engine";
import { ParsedFormulas } from "../../src/core/formula/parsedFormulas";
import { ScoreFormulas } from "../../src/core/plan/scoreFormulas";
import { planScore } from "../../src/core/plan/scorePlan";
import { SharedFormulas } from "../../src/core/plan/sharedFormulas";
import { normalizeLabel } from "../../src/core/layout/text";
import { builtinFormProfiles } from "../../src/core/profile/form";
import { headerRoleOf } from "../../src/core/profile/form/formRead";
import { readCaches, ReadCaches, withReadCaches } from "../../src/core/readCaches";
import { EngineRun } from "../../src/core/run";
import { builtinRegistry } from "../../src/core/scheme/registry";
import { sheetFromRows } from "../../src/core/snapshot";
import { criteriaSheetRows, gradeSheetRows } from "../helpers/sakipRows";

test("a bounded cache keeps null values apart from missing ones", () => {
  const cache = new BoundedCache<string, number | null>();
  expect(cache.set("x", null)).toBeNull();
  expect(cache.get("x")).toBeNull();
  expect(cache.get("y")).toBeUndefined();
});

test("past its limit a bounded cache starts afresh", () => {
  const cache = new BoundedCache<string, number>(2);
  cache.set("a", 1);
  cache.set("b", 2);
  cache.set("c", 3);
  expect([cache.get("a"), cache.get("b"), cache.get("c")]).toEqual([undefined, undefined, 3]);
});

test("cell strings are made once inside the kept area and each time outside it", () => {
  const made: string[] = [];
  const strings = new CellStrings((row, col) => (made.push(`${row}:${col}`), `${row}/${col}`), 10, 2);
  for (const [row, col] of [[3, 1], [3, 1], [10, 1], [10, 1], [3, 2], [-1, 0]]) expect(strings.get(row, col)).toBe(`${row}/${col}`);
  expect(made).toEqual(["3:1", "10:1", "10:1", "3:2", "-1:0"]);
});

describe("a run owns its caches", () => {
  test("within a run a formula is parsed once; two runs parse it each for itself", () => {
    const first = new EngineRun();
    const second = new EngineRun();
    const tree = first.parsedFormulas.get("=SUM(A1:A3)*2");
    expect(first.parsedFormulas.get("=SUM(A1:A3)*2")).toBe(tree);
    expect(second.parsedFormulas.get("=SUM(A1:A3)*2")).not.toBe(tree);
    expect(second.parsedFormulas.get("=SUM(A1:A3)*2")).toEqual(tree);
  });

  test("two runs do not share score formulas", () => {
    const yt = builtinRegistry().answerScales.get("yt")!;
    const first = new EngineRun();
    const second = new EngineRun();
    expect(first.scoreFormulas.criterionValue(yt)).toBe(first.scoreFormulas.criterionValue(yt));
    expect(second.scoreFormulas.criterionValue(yt)).not.toBe(first.scoreFormulas.criterionValue(yt));
    expect(second.scoreFormulas.criterionValue(yt).get(9, 4)).toBe(first.scoreFormulas.criterionValue(yt).get(9, 4));
  });

  test("a run lends its reading caches only while it works, and takes them back after", () => {
    const outer = new ReadCaches();
    const inner = new ReadCaches();
    expect(readCaches()).toBeUndefined();
    withReadCaches(outer, () => {
      expect(normalizeLabel("Nilai  Akhir:")).toBe("nilai akhir");
      withReadCaches(inner, () => expect(readCaches()).toBe(inner));
      expect(readCaches()).toBe(outer);
    });
    expect(readCaches()).toBeUndefined();
    expect(outer.labels.get("Nilai  Akhir:")).toBe("nilai akhir");
    expect(inner.labels.get("Nilai  Akhir:")).toBeUndefined();
    expect(() => withReadCaches(outer, () => { throw new Error("stopped"); })).toThrow("stopped");
    expect(readCaches()).toBeUndefined();
  });

  test("within a run a form's header text is matched once, a text of no role too", () => {
    const lampiran = builtinFormProfiles().get("lke-lampiran")!;
    const caches = new ReadCaches();
    const roles = withReadCaches(caches, () => [headerRoleOf(lampiran, "Pilihan  Jawaban"), headerRoleOf(lampiran, "Kriteria 1"), headerRoleOf(lampiran, "Nilai")]);
    expect(roles).toEqual(["choices", undefined, "value"]);
    const kept = caches.formRoles.get(lampiran)!;
    expect([kept.get("Pilihan  Jawaban"), kept.get("Kriteria 1"), kept.get("Nilai")]).toEqual(["choices", null, "value"]);
    // What is kept is what is answered: a kept role is given back without matching again.
    kept.set("Kriteria 1", "text");
    expect(withReadCaches(caches, () => headerRoleOf(lampiran, "Kriteria 1"))).toBe("text");
    expect(headerRoleOf(lampiran, "Kriteria 1")).toBeUndefined();
  });

  test("analysing a workbook leaves no caches lent", () => {
    analyzeWorkbook({ sheets: [sheetFromRows("Dinas A", gradeSheetRows(["A", "B"]))] });
    expect(readCaches()).toBeUndefined();
  });

  const cacheTypes = [EngineRun, ReadCaches, ParsedFormulas, ScoreFormulas, SharedFormulas, BoundedCache, CellStrings];

  /** Every object reachable from `root` through properties, array items and map or set entries. */
  function reachable(root: unknown): Set<object> {
    const seen = new Set<object>();
    const stack: unknown[] = [root];
    while (stack.length > 0) {
      const value = stack.pop();
      if (typeof value !== "object" || value === null || seen.has(value)) continue;
      seen.add(value);
      if (value instanceof Map) for (const [k, v] of value) stack.push(k, v);
      else if (value instanceof Set) for (const v of value) stack.push(v);
      for (const key of Object.keys(value)) stack.push((value as Record<string, unknown>)[key]);
    }
    return seen;
  }

  test("nothing of a run stays reachable from what it returns", () => {
    const snapshot = {
      sheets: [
        sheetFromRows("Dinas A", gradeSheetRows(["A", "BB", "B", "A", "A", "B", "CC", "B", "A", "A", "B", "B"])),
        sheetFromRows("Dinas B", criteriaSheetRows([["Y", "T"], ["A", "B"]])),
      ],
    };
    const analysis = analyzeWorkbook(snapshot);
    const plan = planScore(snapshot, analysis, "formulas", "2024-01-01T00:00:00.000Z");
    expect(analysis.sheets.filter((s) => s.score)).toHaveLength(2);
    const kept = [...reachable({ analysis, plan })].filter((o) => cacheTypes.some((type) => o instanceof type));
    expect(kept).toEqual([]);
  });

  test("the core keeps no cache of workbook content in module state", () => {
    const root = path.resolve(__dirname, "../../src/core");
    const files = (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts"));
    const moduleCaches = files.flatMap((file) =>
      fs
        .readFileSync(path.join(root, file), "utf8")
        .split("\n")
        .filter((line) => /^(export )?(const|let) \w+(: [^=]+)? = new (BoundedCache|CellStrings|SharedFormulas|ParsedFormulas|ScoreFormulas)\b/.test(line))
        .map((line) => `${file}: ${line}`),
    );
    expect(moduleCaches).toEqual([]);
  });
});
