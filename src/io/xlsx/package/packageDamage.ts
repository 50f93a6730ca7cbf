/** Why a package is not a readable workbook, as data: the message is chosen when it is printed. */
export type PackageDamage =
  | { kind: "missing-part"; part: string }
  | { kind: "dangling"; source: string; target: string }
  | { kind: "shared-part"; part: string; sheets: [string, string] }
  | { kind: "duplicate-sheet"; sheet: string }
  | { kind: "missing-shared-strings" }
  | { kind: "no-sheets" }
  | { kind: "not-spreadsheet" };

export class PackageDamaged extends Error {
  constructor(readonly damage: PackageDamage) {
    super(`package damaged: ${damage.kind}`);
    this.name = "PackageDamaged";
  }
}

/** A limit a sheet's content went past, or a cell where no cell can be. */
export type SheetRefusal =
  | { kind: "too-many-cells"; limit: number }
  | { kind: "cell-out-of-range"; sheet: string; cell: string }
  | { kind: "merge-too-large"; sheet: string; range: string; limit: number };

export class SheetRefused extends Error {
  constructor(readonly refusal: SheetRefusal) {
    super(`sheet refused: ${refusal.kind}`);
    this.name = "SheetRefused";
  }
}
