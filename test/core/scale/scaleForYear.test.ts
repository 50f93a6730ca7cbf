/** Index scales that follow the year (domain.md 3.2, 3.4): the scale in force for an evaluation year. */
import { exact } from "../../../src/core/exact";
import { bandOf } from "../../../src/core/scale/predicate";
import { scaleForYear } from "../../../src/core/scale/scaleForYear";
import { builtinRegistry } from "../../../src/core/scheme/registry";

const scales = builtinRegistry().predicateScales;
const predicate = (index: string, year: number | null, value: string) => {
  const scale = scaleForYear(scales, index, year)!;
  return [scale.id, bandOf(scale, exact(value)).predicate];
};

describe("scales that follow the year", () => {
  test("MCP: four colours up to 2023, Rentan/Waspada/Terjaga from 2024 (the national 76 is Hijau, then Waspada)", () => {
    expect(predicate("mcp", 2023, "76")).toEqual(["mcp", "Hijau"]);
    expect(predicate("mcp", 2024, "76")).toEqual(["mcp-2024", "Waspada"]);
    expect(predicate("mcp-2024", 2022, "57")).toEqual(["mcp", "Biru"]);
    expect([predicate("mcp", 2025, "72.9"), predicate("mcp", 2025, "73"), predicate("mcp", 2025, "78")].map((p) => p[1])).toEqual(["Rentan", "Waspada", "Terjaga"]);
  });

  test("Sistem Merit: KASN categories I-IV, then the 2025 index 0-1", () => {
    expect([predicate("merit", 2024, "342.5"), predicate("merit", 2024, "250"), predicate("merit", 2024, "174")]).toEqual([
      ["merit", "IV"],
      ["merit", "III"],
      ["merit", "I"],
    ]);
    expect(["0.40", "0.41", "0.80", "0.81", "1.05"].map((v) => predicate("merit", 2025, v)[1])).toEqual(["Dasar", "Lanjutan", "Menengah", "Tinggi", "Maju"]);
  });

  test("without a year, the scale named; a scale without years stands for every year", () => {
    expect(scaleForYear(scales, "mcp", null)!.id).toBe("mcp");
    expect(scaleForYear(scales, "mcp-2024", null)!.id).toBe("mcp-2024");
    expect(scaleForYear(scales, "indeks-rb", 2015)!.id).toBe("indeks-rb");
  });

  test("Indeks RB is read on the SAKIP letters (Lamongan 86.48 A, 75.89 BB; KPU 73.51 BB, 69.76 B)", () => {
    expect(["86.48", "75.89", "73.51", "69.76"].map((v) => predicate("indeks-rb", 2024, v)[1])).toEqual(["A", "BB", "BB", "B"]);
  });
});
