/** One cell of a new sheet as SpreadsheetML: text through the shared strings, a formula with the value it shows. */
import { isCellError, type CellValue } from "../../../core";
import type { ByteSink } from "./byteSink";
import type { SharedStrings } from "./sharedStrings";

/**
 * The `<c>` element at `letters` and `rowNumber` (1-based), written into `sink`; `style` null
 * writes none. A cell with neither value nor formula is empty (styled or merged). A formula's
 * cached value is inline text (`str`), any other text a shared string.
 */
export function writeCellXml(sink: ByteSink, letters: string, rowNumber: number, value: CellValue, formula: string | undefined, style: number | null, strings: SharedStrings): void {
  sink.ascii('<c r="');
  sink.ascii(letters);
  sink.digits(rowNumber);
  if (style === null) sink.ascii('"');
  else {
    sink.ascii('" s="');
    sink.digits(style);
    sink.ascii('"');
  }
  if (value === null) {
    if (formula) {
      sink.ascii(">");
      writeFormula(sink, formula);
      sink.ascii("</c>");
    } else sink.ascii("/>");
    return;
  }
  let shared = -1;
  if (typeof value === "number") {
    // Excel has no NaN or infinity: a cell shows #NUM! for them.
    sink.ascii(Number.isFinite(value) ? ">" : ' t="e">');
  } else if (typeof value === "boolean") sink.ascii(' t="b">');
  else if (isCellError(value)) sink.ascii(' t="e">');
  else if (formula) sink.ascii(' t="str">');
  else {
    shared = strings.index(value);
    sink.ascii(' t="s">');
  }
  // A formula's text is its own, never the cell's value.
  if (formula) writeFormula(sink, formula);
  sink.ascii("<v>");
  if (typeof value === "number") {
    if (Number.isFinite(value)) sink.number(value);
    else sink.ascii("#NUM!");
  }
  else if (typeof value === "boolean") sink.ascii(value ? "1" : "0");
  else if (isCellError(value)) sink.xmlText(value.error);
  else if (shared >= 0) sink.digits(shared);
  else sink.xmlText(value);
  sink.ascii("</v></c>");
}

/** `<f>`: the formula's "=" goes, the rest is written as given. */
function writeFormula(sink: ByteSink, formula: string): void {
  sink.ascii("<f>");
  sink.xmlText(formula, formula.charCodeAt(0) === 61 ? 1 : 0);
  sink.ascii("</f>");
}
