/** What a benchmark returns: printed rows (figure, ratio, target, verdict) and raw data for the JSON file. */

export type Verdict = "met" | "missed" | "n/a";

export interface Row {
  benchmark: string;
  case: string;
  figure: string;
  ratio?: string;
  target?: string;
  verdict?: Verdict;
}

/** One target of issue 12 as measured by a benchmark of this run (targets.ts lists them all). */
export interface TargetCheck {
  /** Key into TARGETS (targets.ts). */
  id: string;
  /** What was measured, with the ratio when the target is one. */
  figure: string;
  verdict: Verdict;
}

export interface BenchResult {
  name: string;
  rows: Row[];
  /** Everything measured, for the JSON result file (numbers, samples, disagreements, plans). */
  data: Record<string, unknown>;
  /** The issue-12 targets this benchmark measured. */
  targets?: TargetCheck[];
}

/** A verdict against a target, or n/a when the target does not apply to this run. */
export function verdict(applies: boolean, met: boolean): Verdict {
  return applies ? (met ? "met" : "missed") : "n/a";
}
