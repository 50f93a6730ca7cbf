/**
 * The styles part of a new workbook: one cell format (xf) per distinct look a cell is given.
 * The default font and the bold one are written as ExcelJS writes them, so a recap looks as it
 * did when ExcelJS wrote it.
 */
import { builtInFormats } from "../patch/styles";
import { xmlText } from "./xmlText";

/** SpreadsheetML's first id for a workbook's own number formats. */
const firstCustomFormatId = 164;

export class CellStyles {
  private readonly formatIds = new Map<string, number>();
  private readonly xfIndex = new Map<number, number>();
  private readonly xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];

  /** The cell's style index, or null for the default look (a cell written without `s`). */
  index(numberFormat: string | undefined, bold: boolean, centered: boolean): number | null {
    const formatId = this.formatId(numberFormat);
    if (formatId === 0 && !bold && !centered) return null;
    // Asked for every cell: a number, not a text, is the key.
    const key = formatId * 4 + (bold ? 2 : 0) + (centered ? 1 : 0);
    let index = this.xfIndex.get(key);
    if (index === undefined) {
      index = this.xfs.length;
      this.xfIndex.set(key, index);
      this.xfs.push(xfXml(formatId, bold, centered));
    }
    return index;
  }

  toXml(): string {
    const custom = [...this.formatIds].filter(([, id]) => id >= firstCustomFormatId);
    const numFmts = custom.length ? `<numFmts count="${custom.length}">${custom.map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`).join("")}</numFmts>` : "";
    return (
      `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${numFmts}` +
      '<fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      "</styleSheet>"
    );
  }

  private formatId(code: string | undefined): number {
    if (code === undefined) return 0;
    if (Object.prototype.hasOwnProperty.call(builtInFormats, code)) return builtInFormats[code];
    let id = this.formatIds.get(code);
    if (id === undefined) {
      id = firstCustomFormatId + this.formatIds.size;
      this.formatIds.set(code, id);
    }
    return id;
  }
}

function xfXml(formatId: number, bold: boolean, centered: boolean): string {
  const applied = `${formatId ? ' applyNumberFormat="1"' : ""}${bold ? ' applyFont="1"' : ""}${centered ? ' applyAlignment="1"' : ""}`;
  const start = `<xf numFmtId="${formatId}" fontId="${bold ? 1 : 0}" fillId="0" borderId="0" xfId="0"${applied}`;
  return centered ? `${start}><alignment horizontal="center"/></xf>` : `${start}/>`;
}
