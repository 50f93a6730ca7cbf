/** `<calcPr fullCalcOnLoad="1"/>` in workbook.xml: the spreadsheet recalculates every formula on opening. */

/** Elements that come before calcPr in a workbook (CT_Workbook order), last first. */
const before = ["definedNames", "externalReferences", "functionGroups", "sheets"];

export function withFullCalcOnLoad(workbookXml: string): string {
  const existing = /<((?:\w+:)?calcPr)\b([^>]*?)(\/?)>/.exec(workbookXml);
  if (existing) {
    const [whole, tag, attributes, selfClosing] = existing;
    const kept = attributes.replace(/\sfullCalcOnLoad="[^"]*"/, "");
    return workbookXml.replace(whole, `<${tag}${kept} fullCalcOnLoad="1"${selfClosing}>`);
  }
  const prefix = /<(\w+:)?workbook\b/.exec(workbookXml)?.[1] ?? "";
  for (const name of before) {
    const close = new RegExp(`</${prefix}${name}>|<${prefix}${name}\\b[^>]*/>`, "g");
    let last: RegExpExecArray | null = null;
    for (let m = close.exec(workbookXml); m; m = close.exec(workbookXml)) last = m;
    if (last) {
      const at = last.index + last[0].length;
      return `${workbookXml.slice(0, at)}<${prefix}calcPr fullCalcOnLoad="1"/>${workbookXml.slice(at)}`;
    }
  }
  return workbookXml;
}
