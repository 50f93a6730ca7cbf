/**
 * Number formats for written cells: a format code becomes a style (xf) that is the cell's
 * current one with that format. New entries are appended; nothing in styles.xml moves.
 */
import { checkRoot } from "./parts";
import { unsupportedIf } from "./unsupported";
import { attribute, attributesXml, escapeXml, findElement, findElements, startTagPattern, withAttribute } from "./xml";

/** Built-in formats every locale shows the same way; other codes get a numFmt of their own. */
export const builtInFormats: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "# ?/?": 12,
  "# ??/??": 13,
  "@": 49,
};

const firstCustomId = 164;

export class Styles {
  private xml: string;
  private readonly cache = new Map<string, string>();
  changed = false;

  constructor(xml: string) {
    checkRoot(xml, "styleSheet", "styles.xml");
    this.xml = xml;
  }

  toXml(): string {
    return this.xml;
  }

  /** The style index for a cell now styled `style` (absent: 0) shown with `format`. */
  withFormat(style: string | undefined, format: string): string {
    const key = `${style ?? "0"}\u0000${format}`;
    let index = this.cache.get(key);
    if (index === undefined) {
      index = this.addXf(Number(style ?? "0"), this.formatId(format));
      this.cache.set(key, index);
    }
    return index;
  }

  private formatId(format: string): number {
    if (builtInFormats[format] !== undefined) return builtInFormats[format];
    const numFmts = findElement(this.xml, "numFmts");
    const existing = numFmts?.inner ? findElements(numFmts.inner, "numFmt") : [];
    const same = existing.find((e) => attribute(e.attributes, "formatCode") === format);
    if (same) return Number(attribute(same.attributes, "numFmtId"));
    const id = Math.max(firstCustomId - 1, ...existing.map((e) => Number(attribute(e.attributes, "numFmtId")) || 0)) + 1;
    const entry = `<numFmt numFmtId="${id}" formatCode="${escapeXml(format)}"/>`;
    if (numFmts) {
      const attributes = withAttribute(numFmts.attributes, "count", String(existing.length + 1));
      this.replace(numFmts.start, numFmts.end, `<numFmts${attributesXml(attributes)}>${numFmts.inner ?? ""}${entry}</numFmts>`);
    } else {
      // numFmts is the first child of styleSheet.
      const root = startTagPattern("styleSheet", "").exec(this.xml)!;
      const at = root.index + root[0].length;
      unsupportedIf(root[2] === "/", { kind: "styles-empty" });
      this.replace(at, at, `<numFmts count="1">${entry}</numFmts>`);
    }
    return id;
  }

  private addXf(style: number, numFmtId: number): string {
    const cellXfs = findElement(this.xml, "cellXfs");
    unsupportedIf(!cellXfs || cellXfs.inner === null, { kind: "no-cell-styles" });
    const xfs = findElements(cellXfs!.inner!, "xf");
    const base = xfs[style];
    unsupportedIf(!base, { kind: "style-missing", style });
    let attributes = withAttribute(base.attributes, "numFmtId", String(numFmtId));
    attributes = withAttribute(attributes, "applyNumberFormat", "1");
    const children = base.inner === null ? "/>" : `>${base.inner}</xf>`;
    const clone = `<xf${attributesXml(attributes)}${children}`;
    const count = withAttribute(cellXfs!.attributes, "count", String(xfs.length + 1));
    this.replace(cellXfs!.start, cellXfs!.end, `<cellXfs${attributesXml(count)}>${cellXfs!.inner}${clone}</cellXfs>`);
    return String(xfs.length);
  }

  private replace(start: number, end: number, text: string): void {
    this.xml = this.xml.slice(0, start) + text + this.xml.slice(end);
    this.changed = true;
  }
}
