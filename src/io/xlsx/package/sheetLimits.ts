/**
 * The limits a worksheet's content is held to: the cells actually present (never the addresses
 * they claim to span), no cell past Excel's last row or column, no merged area larger than a form
 * can need. The lean reader applies them as it reads each sheet (src/io/xlsx/lean/sheetReader.ts).
 * Data validations over whole columns, as Excel writes them when columns are selected, are legal
 * but would be expanded cell by cell by ExcelJS: such sheets reach it without them.
 */

export const sheetLimits = {
  /** Cells in the whole workbook (a province's 45-unit workbook has about 11,000). */
  maxCells: 2_000_000,
  /** Cells one merged area may cover (a whole row is 16,384). */
  maxMergeCells: 100_000,
  /** Cells a data validation may cover and still be expanded by ExcelJS. */
  maxExpandedValidationCells: 100_000,
  lastRow: 1_048_576,
  lastCol: 16_384,
} as const;

/** The sheet without its <dataValidations> element: what ExcelJS reads when they are too wide. */
export function withoutValidations(xml: string): string {
  const start = xml.search(/<dataValidations(?=[\s/>])/);
  if (start < 0) return xml;
  const tagEnd = xml.indexOf(">", start);
  if (xml[tagEnd - 1] === "/") return xml.slice(0, start) + xml.slice(tagEnd + 1);
  const close = xml.indexOf("</dataValidations>", tagEnd);
  return close < 0 ? xml : xml.slice(0, start) + xml.slice(close + "</dataValidations>".length);
}
