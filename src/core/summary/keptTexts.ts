/**
 * The texts a recap keeps of a workbook, as strings of their own. A text read from a workbook
 * may be a slice of the part it stands in (a shared string table, a sheet's XML), and V8 keeps a
 * slice's whole parent alive: a few names kept from each of a province's files held each file's
 * table, and a real form's is a hundred kilobytes or more. One copy a text a workbook: the units
 * of a workbook share theirs.
 */
export class KeptTexts {
  /** Keyed by the copy: a key that was a slice would keep its parent too. */
  private readonly copies = new Map<string, string>();

  of(text: string): string {
    let copy = this.copies.get(text);
    if (copy === undefined) {
      copy = ownCopy(text);
      this.copies.set(copy, copy);
    }
    return copy;
  }

  ofNullable(text: string | null): string | null {
    return text === null ? null : this.of(text);
  }
}

/** An equal string whose characters are its own: joining makes a new one, and a slice of it has only it as parent. */
function ownCopy(text: string): string {
  return (text + " ").slice(0, -1);
}
