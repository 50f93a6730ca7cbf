import { exact } from "../../../src/core/exact";
import { bandOf } from "../../../src/core/scale/predicate";
import { builtinRegistry } from "../../../src/core/scheme/registry";

const cases: [string, string, string][] = [
  // SAKIP 88/2021: lower-exclusive, upper-inclusive.
  ["sakip", "100", "AA"],
  ["sakip", "90.01", "AA"],
  ["sakip", "90.00", "A"],
  ["sakip", "82.64", "A"],
  ["sakip", "80.01", "A"],
  ["sakip", "80.00", "BB"],
  ["sakip", "77.10", "BB"],
  ["sakip", "70.01", "BB"],
  ["sakip", "70.00", "B"],
  ["sakip", "60.2", "B"],
  ["sakip", "60.00", "CC"],
  ["sakip", "50.00", "C"],
  ["sakip", "30.01", "C"],
  ["sakip", "30.00", "D"],
  ["sakip", "0", "D"],
  ["sakip", "83.18", "A"],
  // Indeks RB: the same bands.
  ["indeks-rb", "86.48", "A"],
  ["indeks-rb", "75.89", "BB"],
  ["indeks-rb", "70.02", "BB"],
  // PEKPPP 0-5.
  ["pekppp", "4.62", "A"],
  ["pekppp", "4.51", "A"],
  ["pekppp", "4.50", "A-"],
  ["pekppp", "4.38", "A-"],
  ["pekppp", "4.00", "B"],
  ["pekppp", "1.00", "F"],
  // Sistem Merit: lower-inclusive.
  ["merit", "400", "IV"],
  ["merit", "342.5", "IV"],
  ["merit", "325", "IV"],
  ["merit", "324.99", "III"],
  ["merit", "324", "III"],
  ["merit", "250", "III"],
  ["merit", "249", "II"],
  ["merit", "175", "II"],
  ["merit", "174", "I"],
  // BerAKHLAK and MCP, as far as they are established.
  ["berakhlak", "75.3", "A"],
  ["berakhlak", "74.4", "B"],
  ["berakhlak", "61.28", "B"],
  ["berakhlak", "38.9", "C"],
  ["mcp", "96.83", "Hijau"],
  ["mcp", "57", "Biru"],
  ["mcp", "38", "Kuning"],
  ["mcp", "10", "Merah"],
];

describe.each(cases)("on the %s scale", (scaleId, total, predicate) => {
  test(`${total} -> ${predicate}`, () => {
    const scale = builtinRegistry().predicateScales.get(scaleId)!;
    expect(bandOf(scale, exact(total)).predicate).toBe(predicate);
  });
});

test("every built-in scale that is not verified says where it comes from", () => {
  const unverified = [...builtinRegistry().predicateScales.values()].filter((s) => s.confidence !== "verified");
  expect(unverified.every((s) => s.source.length > 20)).toBe(true);
});
