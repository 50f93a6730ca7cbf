/**
 * What a row's answer type (its Pilihan Jawaban cell) allows: a list of choices ("A/B/C",
 * "Ya/Tidak", the BPK opinions "WTP/WDP/TW/TMP"), or a number, in a range where one is given
 * ("0-100", "Nilai (0-4)") or any ("%", "Jumlah", "Rupiah").
 */
import { parseDecimal, type Exact } from "../../exact";

export type DeclaredChoices = { kind: "list"; choices: string[] } | { kind: "number"; min?: Exact; max?: Exact };

const range = /(-?\d+(?:[.,]\d+)?)\s*[-–]\s*(\d+(?:[.,]\d+)?)/;
const anyNumber = /^(%|jumlah|rupiah|angka|persen(tase)?)$/i;

export function declaredChoices(text: string): DeclaredChoices | null {
  const type = text.trim();
  if (!type) return null;
  const bounds = range.exec(type);
  if (bounds) {
    const min = parseDecimal(bounds[1]);
    const max = parseDecimal(bounds[2]);
    if (min && max) return { kind: "number", min, max };
  }
  if (anyNumber.test(type)) return { kind: "number" };
  if (type.includes("/")) {
    const choices = type.split("/").map((c) => c.trim()).filter((c) => c !== "");
    if (choices.length >= 2) return { kind: "list", choices };
  }
  return null;
}

/** Whether an answer (typed, not a formula) fits the declared choices; case is ignored, as Excel's = does. */
export function fitsChoices(answer: string | number, declared: DeclaredChoices): boolean {
  if (declared.kind === "list") {
    const text = String(answer).trim().toLowerCase();
    return declared.choices.some((c) => c.toLowerCase() === text);
  }
  const value = typeof answer === "number" ? parseDecimal(String(answer)) : parseDecimal(answer.trim());
  if (!value) return false;
  if (declared.min && value.lt(declared.min)) return false;
  if (declared.max && value.gt(declared.max)) return false;
  return true;
}

/** The choices as the messages quote them. */
export function choicesText(declared: DeclaredChoices): string {
  if (declared.kind === "list") return declared.choices.join(", ");
  if (declared.min && declared.max) return `${declared.min.valueOf()}-${declared.max.valueOf()}`;
  return "#";
}
