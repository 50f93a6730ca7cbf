/**
 * Each part's text, decoded from its bytes at most once per read: the package check and the
 * lean reader both follow the same relationships and read the same workbook part. Sheets are
 * read once and not kept (they are most of a workbook's text). No Node APIs: the pane shares it.
 */
const utf8 = new TextDecoder("utf-8");

/** Whether bytes are all ASCII, when the host can tell at little cost (Node can); otherwise never said. */
export type AsciiTest = (bytes: Uint8Array) => boolean;

export class PartTexts {
  private readonly decoded = new Map<string, string>();

  constructor(
    readonly parts: ReadonlyMap<string, Uint8Array>,
    private readonly isAscii: AsciiTest = () => false,
  ) {}

  /** The text of the part of exactly this name (as the zip writes it); null when there is none. */
  text(name: string, keep = true): string | null {
    const known = this.decoded.get(name);
    if (known !== undefined) return known;
    const bytes = this.parts.get(name);
    if (bytes === undefined) return null;
    const text = utf8.decode(bytes);
    if (keep) this.decoded.set(name, text);
    return text;
  }

  /** The part's bytes when the host tells they are all ASCII (each then its character's code, at its offset); null otherwise. */
  asciiBytes(name: string): Uint8Array | null {
    const bytes = this.parts.get(name);
    return bytes !== undefined && this.isAscii(bytes) ? bytes : null;
  }
}
