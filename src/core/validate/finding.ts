/** A finding is data: a stable code, a severity, where it is, and the values its message quotes. */
export type Severity = "error" | "warning" | "info";

export type FindingParams = Record<string, string | number>;

export interface Finding {
  code: string;
  severity: Severity;
  sheet: string;
  /** A1 address without '$'; absent for a sheet-wide finding. */
  cell?: string;
  params: FindingParams;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
