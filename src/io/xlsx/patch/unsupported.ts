/** Thrown where a workbook or a plan is outside what the patcher edits safely. */
export class Unsupported extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "Unsupported";
  }
}

export function unsupportedIf(condition: boolean, reason: string): void {
  if (condition) throw new Unsupported(reason);
}
