/**
 * The Office theme (the 2007 colours and Calibri/Cambria, as ExcelJS writes it), compact: the
 * default font refers to its colour and fonts, and ExcelJS, reopening a workbook without one,
 * points at a theme part it then leaves out, a package LKE would refuse to regenerate.
 */
const colour = (name: string, value: string) => `<a:${name}><a:srgbClr val="${value}"/></a:${name}>`;
const placeholderFill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
const line = (width: number) => `<a:ln w="${width}" cap="flat" cmpd="sng" algn="ctr">${placeholderFill}<a:prstDash val="solid"/></a:ln>`;
const fonts = (latin: string) => `<a:latin typeface="${latin}"/><a:ea typeface=""/><a:cs typeface=""/>`;

export const themeXml =
  '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>' +
  '<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>' +
  colour("dk2", "1F497D") +
  colour("lt2", "EEECE1") +
  colour("accent1", "4F81BD") +
  colour("accent2", "C0504D") +
  colour("accent3", "9BBB59") +
  colour("accent4", "8064A2") +
  colour("accent5", "4BACC6") +
  colour("accent6", "F79646") +
  colour("hlink", "0000FF") +
  colour("folHlink", "800080") +
  "</a:clrScheme>" +
  `<a:fontScheme name="Office"><a:majorFont>${fonts("Cambria")}</a:majorFont><a:minorFont>${fonts("Calibri")}</a:minorFont></a:fontScheme>` +
  '<a:fmtScheme name="Office">' +
  `<a:fillStyleLst>${placeholderFill.repeat(3)}</a:fillStyleLst>` +
  `<a:lnStyleLst>${line(9525)}${line(25400)}${line(38100)}</a:lnStyleLst>` +
  `<a:effectStyleLst>${"<a:effectStyle><a:effectLst/></a:effectStyle>".repeat(3)}</a:effectStyleLst>` +
  `<a:bgFillStyleLst>${placeholderFill.repeat(3)}</a:bgFillStyleLst>` +
  "</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>";
