/** The summary sheet builder: looks kept as ranges down each column, and widths that fit what cells show. */
import { formats, SheetBuilder } from "../../../src/core/summary/sheetBuilder";
import { seeded } from "../../helpers/seeded";

const widthOf = (b: SheetBuilder, col: number) => b.spec("S", false).columnWidths?.find((w) => w.col === col)?.width;

describe("looks", () => {
  test("a column's cells one below another are one range, whatever other columns' cells come between", () => {
    const b = new SheetBuilder();
    for (let row = 0; row < 3; row++) {
      b.put(row, 0, row + 1, { center: true });
      b.put(row, 1, "unit");
      b.put(row, 2, 5, { center: true, bold: row === 1 });
    }
    b.put(5, 0, 9, { center: true });
    const spec = b.spec("S", false);
    expect(spec.centered).toEqual(["A1:A3", "C1:C3", "A6"]);
    expect(spec.bold).toEqual(["C2"]);
  });

  test("named ranges stay as given, in order", () => {
    const b = new SheetBuilder();
    b.put(0, 0, "a", { bold: true });
    b.bold("B1:C2");
    b.put(1, 0, "b", { bold: true });
    expect(b.spec("S", false).bold).toEqual(["A1:A2", "B1:C2"]);
  });
});

describe("widths", () => {
  /** Width of a column holding these values, as the builder sizes it from the text each shows. */
  const widthFor = (values: number[], numberFormat?: string, header = "") => {
    const b = new SheetBuilder();
    if (header) b.put(0, 0, header);
    values.forEach((value, i) => b.put(1 + i, 0, value, numberFormat ? { numberFormat } : {}));
    return widthOf(b, 0);
  };
  const widthForText = (text: string) => widthFor([], undefined, text);

  // Each after a value that shows as many digits before the point, so it is not measured only for being first.
  test.each([
    [[0.5, 9.999], formats.score, "10.00"],
    [[0.5, -0.001], formats.score, "-0.00"],
    [[77.1, 100], formats.score, "100.00"],
    [[100000, 999999.5], formats.integer, "1000000"],
    [[1, 1e21], formats.score, "1e+21"],
    [[0.5, 0.1 + 0.2], undefined, "0.30000000000000004"],
    [[-1, -42], undefined, "-42"],
    [[Number.NaN], formats.score, "NaN"],
  ])("%p, the last shown as %p, size the column as that text does", (values, numberFormat, shown) => {
    expect(widthFor(values, numberFormat)).toBe(widthForText(shown));
  });

  test("numbers near every power of ten, rounding up into one more digit or not, size the column as their longest text does", () => {
    const random = seeded(11);
    const formatsTried: [string, number][] = [
      [formats.score, 2],
      [formats.integer, 0],
      ["0.0", 1],
      ["0.000", 3],
    ];
    for (const [numberFormat, places] of formatsTried) {
      for (let power = 0; power <= 7; power++) {
        const edge = 10 ** power;
        const values = Array.from({ length: 40 }, () => {
          const value = edge - random() * 2 * 10 ** -places;
          return random() < 0.3 ? -value : value;
        });
        const longest = values.map((value) => value.toFixed(places)).reduce((a, b) => (b.length > a.length ? b : a));
        expect([numberFormat, power, widthFor(values, numberFormat)]).toEqual([numberFormat, power, widthForText(longest)]);
      }
    }
  });

  test("a number wider than the header widens the column; narrower ones leave it as the header sets it", () => {
    expect(widthFor([1.5, 22.25], formats.score, "Nilai")).toBe(widthForText("Nilai"));
    expect(widthFor([1.5, 1234567.25], formats.score, "Nilai")).toBe(widthForText("1234567.25"));
  });

  test("columns never measured get no width, the others come in column order", () => {
    const b = new SheetBuilder();
    b.put(0, 3, "long heading");
    b.put(0, 1, 7);
    b.put(1, 2, "title", { measure: false });
    expect(b.spec("S", false).columnWidths?.map((w) => w.col)).toEqual([1, 3]);
  });
});
