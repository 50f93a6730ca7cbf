/**
 * Number formats as ExcelJS reports them, so a snapshot read here matches one read through it:
 * the built-in formats it knows by id (the locale-dependent ids 27-36 and 50-81 it leaves
 * unnamed), custom formats with every backslash escape dropped ("0\%" reads "0%"), and its test
 * for a date format.
 */
const builtIn: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  // Excel's own is m/d/yy h:mm; ExcelJS names it with the h quoted, and snapshots keep its word.
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export function builtInFormat(id: number): string | undefined {
  return Object.prototype.hasOwnProperty.call(builtIn, id) ? builtIn[id] : undefined;
}

/** A custom format's code as ExcelJS keeps it: each backslash escape reduced to the character it escapes. */
export function customFormatCode(code: string): string {
  return code.indexOf("\\") < 0 ? code : code.replace(/\\(.)/g, "$1");
}

/** Whether ExcelJS reads numbers under this format as dates: a date or time letter outside [..] and "..". */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}
