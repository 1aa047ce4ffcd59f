/** The command line of `npm run bench [-- <name>...] [--scale N] [--seed N] [--samples N] [--duration S]`. */
import { intOption, parseArgs } from "../seed/cli-args.ts";

export interface BenchOptions {
  /** Benchmarks to run, in order; empty means the default set. */
  names: string[];
  /** About how many data objects the generated estate has (10,000 by default). */
  scale: number;
  seed: number;
  /** Timed measurements per case (latency benchmarks); undefined: each benchmark's default. */
  samples?: number;
  /** Seconds per run (load) or in all (soak); undefined: each benchmark's default. */
  durationSeconds?: number;
}

export const USAGE = `Usage: npm run bench [-- <name>...] [--scale 10000|100000|1000000] [--seed N] [--samples N] [--duration S]
  names: trace lineage graphs snapshot mix loader load (alias http) soak client layout profile burst; none = the default set`;

/** Parses the benchmark options; throws with the usage when a value is not acceptable. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { options, positional } = parseArgs(argv);
  for (const name of options.keys()) {
    if (!["scale", "seed", "samples", "duration", "help"].includes(name)) {
      throw new Error(`Unknown option --${name}.\n${USAGE}`);
    }
  }
  if (options.has("help")) throw new Error(USAGE);
  const scale = intOption(options, "scale", 10_000);
  if (scale < 1000) throw new Error(`--scale must be at least 1000 data objects, got ${scale}.`);
  if (scale > 1_000_000) throw new Error(`--scale above 1,000,000 does not fit the 2-core machine.`);
  const samples = options.has("samples") ? intOption(options, "samples", 0) : undefined;
  const duration = options.has("duration") ? intOption(options, "duration", 0) : undefined;
  if (samples === 0 || duration === 0) throw new Error("--samples and --duration must be positive.");
  return {
    names: positional.map((n) => (n === "http" ? "load" : n)),
    scale,
    seed: intOption(options, "seed", 1),
    ...(samples ? { samples } : {}),
    ...(duration ? { durationSeconds: duration } : {}),
  };
}
