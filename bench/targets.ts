/**
 * The targets of issue 12 ("fast at the size of a real IT estate"), each with the benchmark that measures it.
 * `npm run bench` prints all of them after the figures, with the verdict of this run: met, missed, n/a (the
 * target is stated for another scale: the figure is shown anyway) or "not run" (name the benchmark to run it).
 */
import type { BenchResult, Row, TargetCheck, Verdict } from "./result.ts";
import { count } from "./stats.ts";

export interface Target {
  id: string;
  text: string;
  /** The benchmark that measures it. */
  benchmark: string;
}

export const TARGETS: readonly Target[] = [
  { id: "trace-floor", text: "trace raw p50 ≤ 2× the RETURN 1 floor", benchmark: "trace" },
  { id: "trace-graphql-p95", text: "trace via GraphQL p95 ≤ 10 ms at 1M", benchmark: "trace" },
  { id: "trace-graphql-raw", text: "trace GraphQL/raw ≤ 1.25", benchmark: "trace" },
  {
    id: "impact-vs-postgres",
    text: "impact cone: Neo4j ≥ 3× faster than PostgreSQL at 1M",
    benchmark: "graphs",
  },
  {
    id: "path-vs-postgres",
    text: "arbitrary path: Neo4j ≥ 3× faster than PostgreSQL at 1M",
    benchmark: "graphs",
  },
  {
    id: "lineage8-vs-postgres",
    text: "lineage depth 8: Neo4j ≥ 3× faster than PostgreSQL at 1M",
    benchmark: "lineage",
  },
  { id: "trace-vs-postgres", text: "small traces within 1.5× of PostgreSQL", benchmark: "trace" },
  {
    id: "snapshot-warm",
    text: "coverage, broken chains, overview p50 ≤ 5 ms warm at 1M",
    benchmark: "snapshot",
  },
  { id: "snapshot-fresh", text: "after a write, the next answer reflects it", benchmark: "snapshot" },
  { id: "mix", text: "dashboard mix ≥ 1,000 req/s, p99 ≤ 100 ms, 0 errors at 100k", benchmark: "mix" },
  { id: "initial-load", text: "initial load ≥ 100k nodes+rels/s at 1M", benchmark: "loader" },
  { id: "online-load", text: "online loader ≥ 25k nodes+rels/s at 1M", benchmark: "loader" },
  { id: "rss", text: "server RSS with a 1M estate ≤ 1 GiB", benchmark: "mix" },
];

interface Rate {
  perSecond?: number;
  nodes?: number;
  relationships?: number;
  seconds?: number;
}

function rateOf(value: unknown): number | undefined {
  if (!value || typeof value !== "object") return undefined;
  const r = value as Rate;
  if (typeof r.perSecond === "number") return r.perSecond;
  if (typeof r.seconds === "number" && r.seconds > 0 && typeof r.nodes === "number")
    return (r.nodes + (r.relationships ?? 0)) / r.seconds;
  return undefined;
}

/**
 * The loader targets, read from whatever the loader benchmark recorded: the offline initial load under
 * `initial`/`offline`/`import`, the online loader under `online` (or its `loader`) or `loader`.
 */
function loaderChecks(result: BenchResult, scale: number): TargetCheck[] {
  const d = result.data;
  const checks: TargetCheck[] = [];
  const pick = (keys: string[]) => keys.map((k) => rateOf(d[k])).find((v) => v !== undefined);
  const at1M = scale >= 1_000_000;
  const initial = pick(["initial", "offline", "import"]);
  const online = pick(["online", "loader"]) ?? rateOf((d.online as { loader?: unknown } | undefined)?.loader);
  const check = (id: string, rate: number | undefined, bound: number) =>
    checks.push(
      rate === undefined
        ? { id, figure: "the loader benchmark recorded no such rate", verdict: "n/a" }
        : {
            id,
            figure: `${count(rate)}/s at ${count(scale)}`,
            verdict: at1M ? (rate >= bound ? "met" : "missed") : "n/a",
          },
    );
  check("initial-load", initial, 100_000);
  check("online-load", online, 25_000);
  return checks;
}

/** One verdict from several checks of a target (e.g. the mix at 10 and 50 connections): met when one is. */
function combine(checks: readonly TargetCheck[]): Verdict {
  if (checks.some((c) => c.verdict === "met")) return "met";
  if (checks.some((c) => c.verdict === "missed")) return "missed";
  return "n/a";
}

/** The target rows of this run: every target of issue 12, measured or not. */
export function targetRows(results: readonly BenchResult[], scale: number): Row[] {
  const checks = results.flatMap((r) => (r.name === "loader" ? loaderChecks(r, scale) : (r.targets ?? [])));
  return TARGETS.map((t) => {
    const mine = checks.filter((c) => c.id === t.id);
    if (mine.length === 0) {
      return {
        benchmark: "target",
        case: t.text,
        figure: `not run: npm run bench -- ${t.benchmark}`,
      };
    }
    return {
      benchmark: "target",
      case: t.text,
      figure: mine.map((c) => c.figure).join("; "),
      verdict: combine(mine),
    };
  });
}
