import { spawnSync } from "node:child_process";
import fc from "fast-check";
import { competitionRanks, rankUnits, summaryUnits } from "../../../src/core/summary/units";
import { all, brokenSheet, gradeSheet, input } from "./fixtures";

describe("competition ranking", () => {
  test("ties share a rank and the next rank skips (1, 2, 2, 4)", () => {
    expect(competitionRanks([100, 90, 90, 80])).toEqual([1, 2, 2, 4]);
  });

  test("does not depend on input order", () => {
    expect(competitionRanks([80, 90, 100, 90])).toEqual([4, 2, 1, 2]);
  });

  test("leaves values that are not there unranked", () => {
    expect(competitionRanks([null, 77.1, null])).toEqual([null, 1, null]);
  });

  test("compares decimals exactly: 80.01 is above 80", () => {
    expect(competitionRanks([80, 80.01])).toEqual([2, 1]);
  });

  test("every rank is 1 + the number of strictly higher values (what Excel's RANK gives)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10000 }).map((n) => n / 100), { maxLength: 30 }), (totals) => {
        const ranks = competitionRanks(totals);
        return totals.every((t, i) => ranks[i] === 1 + totals.filter((o) => o > t).length);
      }),
    );
  });
});

describe("recap order", () => {
  const units = rankUnits(
    summaryUnits([
      input("a.xlsx", [brokenSheet("Rusak"), gradeSheet("Dishub", "Dinas Perhubungan", all("BB")), gradeSheet("Dinsos", "Dinas Sosial", all("A"))]),
      input("b.xlsx", [gradeSheet("Dindik", "Dinas Pendidikan", all("A")), gradeSheet("Dinkes", "Dinas Kesehatan", all("AA"))]),
    ]),
  );

  test("is by rank, ties by unit name, unscored sheets last", () => {
    expect(units.map((u) => u.sheet)).toEqual(["Dinkes", "Dindik", "Dinsos", "Dishub", "Rusak"]);
  });

  test("carries the ranks with ties (1, 2, 2, 4) and none for the unscored sheet", () => {
    expect(units.map((u) => u.rank)).toEqual([1, 2, 2, 4, null]);
  });

  test("keeps the file each unit came from", () => {
    expect(units.map((u) => u.file)).toEqual(["b.xlsx", "b.xlsx", "a.xlsx", "a.xlsx", "a.xlsx"]);
  });
});

describe("ranked units", () => {
  const units = summaryUnits([
    input("a.xlsx", [brokenSheet("Rusak"), gradeSheet("Dishub", "Dinas Perhubungan", all("BB")), gradeSheet("Dinsos", "Dinas Sosial", all("A"))]),
    input("b.xlsx", [gradeSheet("Dindik", "Dinas Pendidikan", all("A"))]),
  ]);

  test("are their units with a rank: every field kept, a scale only where the unit has one", () => {
    const bySheet = new Map(units.map((u) => [u.sheet, u]));
    for (const ranked of rankUnits(units)) {
      const { rank: _rank, ...unit } = ranked;
      expect(unit).toStrictEqual(bySheet.get(ranked.sheet));
    }
    expect(rankUnits(units).map((u) => "scale" in u)).toEqual(units.map(() => true).fill(false, 3));
  });

  test("of one kind share one hidden class, however many there are", () => {
    // V8 says it (natives syntax), in a process of its own: spread into new objects, each unit got its own.
    const script = `
      const { rankUnits } = require(${JSON.stringify(require.resolve("../../../src/core/summary/units"))});
      const unit = (i) => ({ file: "f" + i + ".xlsx", sheet: "S" + i, report: { unit: "Unit " + i, total: i }, counts: { error: 0, warning: 0, info: 0 }, scale: { id: "x" } });
      const ranked = rankUnits(Array.from({ length: 50 }, (_, i) => unit(i)));
      process.stdout.write(String(ranked.every((u) => %HaveSameMap(u, ranked[0]))));
    `;
    const child = spawnSync(process.execPath, ["--allow-natives-syntax", "-r", require.resolve("../../../scripts/ts-require.js"), "-e", script], { encoding: "utf8" });
    expect(child.stderr).toBe("");
    expect(child.stdout).toBe("true");
  });
});
