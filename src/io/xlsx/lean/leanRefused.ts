/** Why the lean reader refuses a part: each kind names the part and what was wrong with it. */
export type LeanProblem =
  /** Not well-formed XML: a tag left open or closed out of order, a bare '&', an unknown entity. */
  | { kind: "xml"; part: string; detail: string }
  /** A document type declaration: entities are never expanded, so a part that declares any is refused. */
  | { kind: "dtd"; part: string }
  /** Elements nested deeper, or a text or attribute longer, than any workbook needs. */
  | { kind: "too-deep"; part: string; limit: number }
  | { kind: "too-long"; part: string; limit: number }
  /** A cell or row named past Excel's last row or column. */
  | { kind: "cell-out-of-range"; sheet: string; cell: string }
  /** A merged area no form needs (or whose size cannot be told): the package check's limit. */
  | { kind: "merge-too-large"; sheet: string; range: string; limit: number }
  /** Cells typed as shared strings in a workbook without a shared string table. */
  | { kind: "missing-shared-strings"; part: string }
  /** More cells (those present and those merged areas cover) than a workbook may hold. */
  | { kind: "too-many-cells"; limit: number }
  /** What ExcelJS also refuses: a shared string the table lacks, merged areas overlapping, a part the package lacks. */
  | { kind: "damaged"; part: string; detail: string };

export class LeanRefused extends Error {
  constructor(readonly problem: LeanProblem) {
    super(`workbook refused: ${problem.kind} (${"part" in problem ? problem.part : "sheet" in problem ? problem.sheet : problem.limit})${"detail" in problem ? `: ${problem.detail}` : ""}`);
    this.name = "LeanRefused";
  }
}
