/** The shared strings part: each distinct text once, cells refer to it by index. */
import { sharedStringText } from "./xmlText";

export class SharedStrings {
  private readonly indexOf = new Map<string, number>();
  private readonly items: string[] = [];
  /** References from cells, which SpreadsheetML states beside the distinct count. */
  private references = 0;

  /** The index of `text`, added when new. */
  index(text: string): number {
    this.references++;
    let index = this.indexOf.get(text);
    if (index === undefined) {
      index = this.items.length;
      this.indexOf.set(text, index);
      // Leading or trailing spaces and line breaks are kept only where the text says so.
      const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
      this.items.push(`<si><t${space}>${sharedStringText(text)}</t></si>`);
    }
    return index;
  }

  toXml(): string {
    return `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.references}" uniqueCount="${this.items.length}">${this.items.join("")}</sst>`;
  }
}
