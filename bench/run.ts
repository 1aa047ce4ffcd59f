/**
 * `npm run bench [-- <name>...] [--scale N] [--seed N] [--samples N] [--duration S]`: runs the named
 * benchmarks (or the default set) against one estate, prints one table of figures, ratios measured in the
 * same run, targets and verdicts, and writes everything to bench/results/<timestamp>-<name>.json.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { burstBench } from "./burst.ts";
import { clientBench } from "./client.ts";
import { graphsBench } from "./graphs.ts";
import { BenchContext } from "./context.ts";
import { layoutBench } from "./layout.ts";
import { lineageBench } from "./lineage.ts";
import { loadBench } from "./load.ts";
import { loaderBench } from "./loader.ts";
import { mixBench } from "./mix.ts";
import { parseBenchOptions, USAGE } from "./options.ts";
import { profileBench } from "./profile.ts";
import type { BenchResult } from "./result.ts";
import { soakBench } from "./soak.ts";
import { snapshotBench } from "./snapshot.ts";
import { formatTable } from "./table.ts";
import { targetRows } from "./targets.ts";
import { traceBench } from "./trace.ts";

const BENCHMARKS: Record<string, (ctx: BenchContext) => Promise<BenchResult>> = {
  layout: layoutBench,
  loader: loaderBench,
  profile: profileBench,
  trace: traceBench,
  lineage: lineageBench,
  graphs: graphsBench,
  snapshot: snapshotBench,
  mix: mixBench,
  client: clientBench,
  load: loadBench,
  soak: soakBench,
  burst: burstBench,
};
/**
 * `npm run bench` without names: everything but the 10-minute soak and `load` (the dashboard mix on the
 * demo estate too; `mix` measures it on the run's estate against the issue-12 targets). The trace runs before
 * the other latency benchmarks: it measures the floors they are read against.
 */
const DEFAULT_SET = [
  "layout",
  "loader",
  "profile",
  "trace",
  "lineage",
  "graphs",
  "snapshot",
  "client",
  "mix",
  "burst",
];
const RESULTS_DIR = fileURLToPath(new URL("results/", import.meta.url));

function gitCommit(): string | null {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const names = options.names.length > 0 ? options.names : DEFAULT_SET;
  const unknown = names.filter((n) => !(n in BENCHMARKS));
  if (unknown.length > 0) throw new Error(`Unknown benchmark ${unknown.join(", ")}.\n${USAGE}`);
  const ctx = new BenchContext(options);
  const stop = () => void ctx.close().then(() => process.exit(130));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const started = new Date();
  const results: BenchResult[] = [];
  const failures: { name: string; error: string }[] = [];
  try {
    for (const name of names) {
      process.stderr.write(
        `\n== ${name} (scale ${options.scale.toLocaleString("en")}, seed ${options.seed})\n`,
      );
      try {
        results.push(await (BENCHMARKS[name] as (ctx: BenchContext) => Promise<BenchResult>)(ctx));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        process.stderr.write(`${name} failed: ${message}\n`);
        failures.push({ name, error: message });
      }
    }
  } finally {
    await ctx.close();
  }
  const rows = results.flatMap((r) => r.rows);
  for (const f of failures)
    rows.push({ benchmark: f.name, case: "FAILED", figure: f.error.split("\n")[0] ?? "" });
  process.stdout.write(
    `\nBenchmarks at scale ${options.scale.toLocaleString("en")} (seed ${options.seed}), ` +
      `${cpus().length} cores, Node ${process.version}, ${started.toISOString()}\n\n${formatTable(rows)}\n`,
  );
  const targets = targetRows(results, options.scale);
  process.stdout.write(
    `\nTargets of issue 12 at scale ${options.scale.toLocaleString("en")} (n/a: stated for another scale)\n\n` +
      `${formatTable(targets)}\n`,
  );
  mkdirSync(RESULTS_DIR, { recursive: true });
  const label = options.names.length > 0 ? options.names.join("+") : "default";
  const file = `${RESULTS_DIR}${started.toISOString().replace(/[:.]/g, "-")}-${label}.json`;
  const environment = {
    node: process.version,
    cpus: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    commit: gitCommit(),
  };
  writeFileSync(
    file,
    `${JSON.stringify({ options, started, environment, targets, results, failures }, null, 2)}\n`,
  );
  process.stdout.write(`\nResults: ${file}\n`);
  if (failures.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
