/** The fake is as strict as Office.js where it matters to the host. */
import { sheetFromRows } from "../../../src/core/snapshot";
import { FakeExcel, FakeOfficeError } from "./fake/excel";
import { Evaluator } from "./fake/formula";
import { getCell } from "./fake/model";
import { parseInput } from "./fake/parse";
import { fakeFromSnapshot } from "./fake/snapshot";

function excelWith(rows = [["a", 1], ["b", 2]], options = {}) {
  return new FakeExcel(fakeFromSnapshot({ sheets: [sheetFromRows("S", rows)] }, options), options);
}

async function code(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return (error as FakeOfficeError).code;
  }
  return undefined;
}

test("reading a property before load and sync throws PropertyNotLoaded", async () => {
  const excel = excelWith();
  await excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("S").getRange("A1:B2");
    expect(() => range.values).toThrow(/not available/);
    range.load("values");
    expect(() => range.values).toThrow(/not available/);
    await context.sync();
    expect(range.values).toEqual([["a", 1], ["b", 2]]);
    expect(() => range.formulas).toThrow(/not available/);
  });
});

test("an empty load is refused (it would load everything)", async () => {
  const excel = excelWith();
  await excel.run(async (context) => {
    expect(() => context.workbook.worksheets.getItem("S").getRange("A1").load()).toThrow();
  });
});

test("a 2-D array must match the range: InvalidArgument, and nothing after it runs", async () => {
  const excel = excelWith();
  expect(
    await code(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("S");
        sheet.getRange("A1").values = [["first"]];
        sheet.getRange("A1:B1").values = [["x"]];
        sheet.getRange("A2").values = [["never"]];
        await context.sync();
      }),
    ),
  ).toBe("InvalidArgument");
  const sheet = excel.workbook.sheets[0];
  expect([getCell(sheet, 0, 0)?.value, getCell(sheet, 1, 0)?.value]).toEqual(["first", "b"]);
});

test("a scalar is not a 2-D array", async () => {
  const excel = excelWith();
  expect(
    await code(
      excel.run(async (context) => {
        (context.workbook.worksheets.getItem("S").getRange("A1") as unknown as { values: unknown }).values = "x";
        await context.sync();
      }),
    ),
  ).toBe("InvalidArgument");
});

test("null entries leave cells alone; '' clears them", async () => {
  const excel = excelWith();
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A1:B1").values = [[null, ""]];
    await context.sync();
  });
  const sheet = excel.workbook.sheets[0];
  expect([getCell(sheet, 0, 0)?.value, getCell(sheet, 0, 1)?.value]).toEqual(["a", null]);
});

test("strings written as values are parsed as if typed (so the host must protect text)", () => {
  expect(parseInput("=A1", "en-US").formula).toBe("=A1");
  expect(parseInput("+1", "en-US").value).toBe(1);
  expect(parseInput("@x", "en-US").formula).toBe("=x");
  expect(parseInput("70,5", "id-ID").value).toBe(70.5);
  expect(parseInput("70,5", "en-US").value).toBe("70,5");
  expect(parseInput("TRUE", "en-US").value).toBe(true);
  expect(parseInput("#N/A", "en-US").value).toEqual({ error: "#N/A" });
  expect(parseInput("'=A1", "en-US")).toEqual({ value: "=A1", formula: null, quotePrefix: true });
});

test("a protected sheet refuses writes: AccessDenied", async () => {
  const excel = excelWith(undefined, { protectedSheets: ["S"] });
  expect(
    await code(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").values = [["x"]];
        await context.sync();
      }),
    ),
  ).toBe("AccessDenied");
});

test("a very hidden sheet cannot be deleted until it is made hidden", async () => {
  const excel = excelWith();
  excel.workbook.sheets.push({ ...excel.workbook.sheets[0], id: 99, name: "H", visibility: "VeryHidden", cells: new Map() });
  expect(
    await code(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("H").delete();
        await context.sync();
      }),
    ),
  ).toBe("InvalidOperation");
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("H");
    sheet.visibility = "Hidden";
    sheet.delete();
    await context.sync();
  });
  expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["S"]);
});

test("requests over the payload limit are refused whole", async () => {
  const excel = excelWith(undefined, { payloadLimit: 1000 });
  expect(
    await code(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").values = [["x".repeat(2000)]];
        await context.sync();
      }),
    ),
  ).toBe("RequestPayloadSizeLimitExceeded");
  expect(getCell(excel.workbook.sheets[0], 0, 0)?.value).toBe("a");
});

test("responses over the payload limit are refused", async () => {
  const excel = excelWith([["x".repeat(2000)]], { payloadLimit: 1000 });
  expect(
    await code(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("A1").load("values");
        await context.sync();
      }),
    ),
  ).toBe("ResponsePayloadSizeLimitExceeded");
});

test("cell-edit mode fails a run that does not wait for it", async () => {
  const excel = excelWith(undefined, { cellEditMode: true });
  const touch = async (context: Excel.RequestContext) => {
    context.workbook.worksheets.getItem("S").getRange("A1").load("values");
    await context.sync();
  };
  expect(await code(excel.run(touch))).toBe("InvalidOperationInCellEditMode");
  expect(await code(excel.run({ delayForCellEdit: true }, touch))).toBeUndefined();
});

test("APIs beyond the supported requirement set are missing", async () => {
  const excel = excelWith(undefined, { apiVersion: "1.8" });
  expect(excel.isSetSupported("ExcelApi", "1.8")).toBe(true);
  expect(excel.isSetSupported("ExcelApi", "1.9")).toBe(false);
  await excel.run(async (context) => {
    expect(() => context.workbook.worksheets.getItem("S").pageLayout).toThrow(/1\.9/);
  });
});

test("formulas written through the API are computed; syncs are counted", async () => {
  const excel = excelWith([["Y", 2], ["T", 3]]);
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.getRange("C1:C3").formulas = [["=SUM(B1:B2)*2"], ['=SUMPRODUCT((UPPER(TRIM(A1:A2))={"Y","T"})*{1,0})'], ['=IF(C1>8,"AA",IF(C1>5,"A","B"))']];
    await context.sync();
  });
  const sheet = excel.workbook.sheets[0];
  expect([0, 1, 2].map((r) => getCell(sheet, r, 2)?.value)).toEqual([10, 1, "AA"]);
  expect(excel.stats.syncs).toBe(1);
});

test("a formula Excel cannot parse is refused", async () => {
  const excel = excelWith();
  expect(
    await code(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("C1").formulas = [["=SUM(("]];
        await context.sync();
      }),
    ),
  ).toBe("InvalidArgument");
});

describe("the formula evaluator", () => {
  const grid: Record<string, unknown> = { A1: 80, A2: 70, A3: 90, B1: "BB", B2: "a", B3: null };
  const evaluator = new Evaluator({
    value: (_sheet, row, col) => (grid[`${"AB"[col]}${row + 1}`] ?? null) as never,
  });
  test.each([
    ["=ROUND(2.675,2)", 2.68],
    ["=ROUND(-0.125,2)", -0.13],
    ["=RANK(A1,A1:A3)", 2],
    ['=COUNTIF(B1:B3,"bb")', 1],
    ["=AVERAGE(A1:A3)", 80],
    ["=MAX(A1:A3)-MIN(A1:A3)", 20],
    ["=IFERROR(1/0,5)", 5],
    ["=1/0", { error: "#DIV/0!" }],
    ["=NOSUCH(1)", { error: "#NAME?" }],
    ["=ISNUMBER(B1)", false],
    ['="a"&"b"', "ab"],
    ["=SUMPRODUCT(ISNUMBER(A1:A3)*(A1:A3>=75)*(A1:A3<=100),A1:A3)", 170],
  ])("%s", (formula, expected) => {
    expect(evaluator.evaluate(formula, "S")).toEqual(expected);
  });
});
