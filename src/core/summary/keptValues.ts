import type { ComponentReport } from "../report";

type Subcomponent = ComponentReport["subcomponents"][number];

const maxSharedRows = 64;

/**
 * The values a recap keeps of one workbook. Texts as strings of their own: a text read from a
 * workbook may be a slice of the part it stands in (a shared string table, a sheet's XML), and
 * V8 keeps a slice's whole parent alive: a few names kept from each of a province's files held
 * each file's table, and a real form's is a hundred kilobytes or more. One copy of a text per
 * workbook: its units share theirs, as they share their equal sub-component rows.
 */
export class KeptValues {
  /** Keyed by the copy: a key that was a slice would keep its parent too. */
  private readonly copies = new Map<string, string>();
  /** By code: the kept rows of that code. */
  private readonly subcomponents = new Map<string, Subcomponent[]>();

  text(text: string): string {
    let copy = this.copies.get(text);
    if (copy === undefined) {
      copy = ownCopy(text);
      this.copies.set(copy, copy);
    }
    return copy;
  }

  textOrNull(text: string | null): string | null {
    return text === null ? null : this.text(text);
  }

  /**
   * A sub-component's row as kept, one object for every unit of the workbook with the same code,
   * name, weight and score: the units of a form share most of theirs (a province's 61,000 are
   * about 16,000 distinct). Kept rows are never changed, so they can be shared.
   */
  subcomponent(row: Subcomponent): Subcomponent {
    let same = this.subcomponents.get(row.code);
    if (same === undefined) this.subcomponents.set(this.text(row.code), (same = []));
    const { name, weight, score } = row;
    for (const kept of same) if (kept.score === score && kept.weight === weight && kept.name === name) return kept;
    const kept = { code: this.text(row.code), name: this.text(name), weight, score };
    // Past a few dozen distinct rows of one code, looking through them costs more than sharing saves.
    if (same.length < maxSharedRows) same.push(kept);
    return kept;
  }
}

/** An equal string whose characters are its own: joining makes a new one, and a slice of it has only it as parent. */
function ownCopy(text: string): string {
  return (text + " ").slice(0, -1);
}
