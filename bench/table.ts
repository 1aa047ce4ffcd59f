/** Prints result rows as one aligned text table (the harness prints one per run). */
import type { Row } from "./result.ts";

const COLUMNS: { title: string; get: (r: Row) => string }[] = [
  { title: "benchmark", get: (r) => r.benchmark },
  { title: "case", get: (r) => r.case },
  { title: "figure", get: (r) => r.figure },
  { title: "ratio", get: (r) => r.ratio ?? "" },
  { title: "target", get: (r) => r.target ?? "" },
  { title: "verdict", get: (r) => r.verdict ?? "" },
];

export function formatTable(rows: readonly Row[]): string {
  const widths = COLUMNS.map((c) => Math.max(c.title.length, ...rows.map((r) => c.get(r).length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [
    line(COLUMNS.map((c) => c.title)),
    `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
    ...rows.map((r) => line(COLUMNS.map((c) => c.get(r)))),
  ].join("\n");
}
