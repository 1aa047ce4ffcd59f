/** Parses `--name value` and `--flag` options and positional arguments of the seed command lines. */
export function parseArgs(argv: readonly string[]): {
  options: Map<string, string | true>;
  positional: string[];
} {
  const options = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
    const next = argv[i + 1];
    if (inline !== undefined) options.set(name, inline);
    else if (next !== undefined && !next.startsWith("--")) {
      options.set(name, next);
      i++;
    } else options.set(name, true);
  }
  return { options, positional };
}

/** A positive integer option, or the fallback; exits with a clear message when the value is not one. */
export function intOption(options: Map<string, string | true>, name: string, fallback: number): number {
  const raw = options.get(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (raw === true || !Number.isInteger(value) || value < 0) {
    throw new Error(`--${name} needs a whole number, got ${raw === true ? "nothing" : `"${raw}"`}.`);
  }
  return value;
}
