/**
 * A workbook's cells counted against its limit while its sheets are read: those present, and
 * those merged areas add. Its method is one function for every workbook: it is called for every
 * cell, and a call that goes to the same function each time stays in optimised code (a closure
 * per workbook sent the cell reader back to slow code at the second workbook).
 */
import { LeanRefused } from "./leanRefused";

export class CellCount {
  private cells = 0;

  constructor(private readonly limit: number) {}

  add(n: number): void {
    this.cells += n;
    if (this.cells > this.limit) throw new LeanRefused({ kind: "too-many-cells", limit: this.limit });
  }
}
