/**
 * The number format of each cell style (cellXfs), by style index: all a snapshot needs of the
 * styles part. A style whose numFmtId is 0 or missing has none (ExcelJS reports no format for
 * it, not "General"), and neither has an index the part does not hold.
 */
import { builtInFormat, customFormatCode } from "./numberFormats";
import { token, XmlScanner } from "./xmlScanner";

export type StyleFormats = (string | undefined)[];

export function readStyleFormats(xml: string | null, part: string): StyleFormats {
  if (xml === null) return [];
  const scanner = new XmlScanner(xml, part);
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = false;
  while (scanner.next() !== token.end) {
    if (scanner.kind === token.close) {
      if (scanner.name === "cellXfs") inCellXfs = false;
      continue;
    }
    if (scanner.kind !== token.open) continue;
    switch (scanner.name) {
      case "numFmt": {
        const code = scanner.attribute("formatCode");
        if (code !== undefined) custom.set(parseInt(scanner.attribute("numFmtId") ?? "", 10), customFormatCode(code));
        break;
      }
      case "cellXfs":
        inCellXfs = !scanner.selfClosing;
        break;
      case "xf":
        if (inCellXfs) xfIds.push(parseInt(scanner.attribute("numFmtId") ?? "", 10));
        scanner.skipElement();
        break;
    }
  }
  return xfIds.map((id) => (id ? (custom.get(id) ?? builtInFormat(id)) : undefined));
}
