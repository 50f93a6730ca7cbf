/**
 * Which codes a sheet has used so far, to find duplicates. The sheets of a template use the same
 * codes, so instead of a new set per sheet one table keeps, for each code, the last round (sheet
 * read) that used it: reading a province then builds the table once.
 */
export class CodeRounds {
  private readonly lastRound = new Map<string, number>();
  private round = 0;

  /** Past `limit` codes the table starts afresh between rounds, so it cannot grow without end. */
  constructor(private readonly limit = 10_000) {}

  /** Starts a sheet: no code has been used in it yet. */
  startRound(): void {
    this.round++;
    if (this.lastRound.size > this.limit) this.lastRound.clear();
  }

  /** True the first time the code is used in this round, false for a repeat. */
  firstUse(code: string): boolean {
    if (this.lastRound.get(code) === this.round) return false;
    this.lastRound.set(code, this.round);
    return true;
  }
}
