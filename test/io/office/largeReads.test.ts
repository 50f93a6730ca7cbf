/**
 * Very large or odd workbooks: arrays that come back null, ranges Excel refuses as too large,
 * and the error codes and messages Excel uses for them, each mapped to a clear message in
 * both languages, with reading in slices as the fallback.
 */
import { classifyError, LkeHostError } from "../../../src/io/office/errors";
import { snapshotOfFake } from "./fake/snapshot";
import { setup, workbookWith } from "./helpers";

async function failure(promise: Promise<unknown>): Promise<LkeHostError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LkeHostError) return error;
    throw error;
  }
  throw new Error("expected the command to fail");
}

const used = 22 * 6; // the cells of one indicator sheet's used range, about

describe("reads Excel cannot return in one piece fall back to slices, with the same result", () => {
  test.each([
    ["values come back null", { nullArraysAbove: used }],
    ["RangeExceedsLimit", { rangeCellLimit: used }],
  ])("%s", async (_label, limits) => {
    const { excel, addin } = setup(workbookWith(4), limits);
    const odd = await addin.score();
    const plain = setup(workbookWith(4));
    const expected = await plain.addin.score();
    expect(odd.reports).toEqual(expected.reports);
    expect(snapshotOfFake(excel.workbook)).toEqual(snapshotOfFake(plain.excel.workbook));
    expect(excel.stats.syncs).toBeGreaterThan(plain.excel.stats.syncs);
  });

  test.each([
    ["values come back null", { nullArraysAbove: 1 }],
    ["RangeExceedsLimit", { rangeCellLimit: 1 }],
  ])("%s even for a single row: a clear message, nothing written", async (_label, limits) => {
    const { excel, addin } = setup(workbookWith(1), limits);
    const before = snapshotOfFake(excel.workbook);
    const error = await failure(addin.score());
    expect(error.kind).toBe("rangeTooLarge");
    expect(error.text("id")).toMatch(/rentang sebesar ini.*Tidak ada yang ditulis/);
    expect(error.text("en")).toMatch(/range this large.*Nothing was written/);
    expect(snapshotOfFake(excel.workbook)).toEqual(before);
  });
});

describe("Excel's errors, as the user reads them", () => {
  const office = (code: string, message: string) => Object.assign(new Error(message), { code });

  test.each([
    [office("InvalidOperationInCellEditMode", "Excel is in cell-editing mode."), "cellEdit"],
    [office("InvalidOperation", "The operation is not allowed while Excel is in cell-edit mode."), "cellEdit"],
    [office("InvalidOperation", "This operation is not permitted for the current object."), "excel"],
    [office("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit."), "payload"],
    [office("GeneralException", "Request Entity Too Large"), "payload"],
    [{ code: "GeneralException", message: "HTTP 413: the payload size exceeded the limit" }, "payload"],
    [office("RangeExceedsLimit", "The number of cells in the range has exceeded the maximum supported number."), "rangeTooLarge"],
    [office("AccessDenied", "denied"), "accessDenied"],
  ])("%s -> %s", (error, kind) => {
    const mapped = classifyError(error);
    expect(mapped.kind).toBe(kind);
    expect(mapped.text("id")).not.toBe(mapped.text("en"));
  });
});
