import { AppError } from "./errors/index.ts";

/**
 * Reading settings from environment variables: one parser for the server and the database configuration, so
 * that every variable is trimmed, defaulted and refused the same way (CONFIG_INVALID naming the variable,
 * what is allowed and what it got).
 */
export type Env = NodeJS.ProcessEnv | Readonly<Record<string, string | undefined>>;

/** The CONFIG_INVALID error for `name`: `problem` says what is allowed. */
export function invalidEnv(name: string, problem: string, value?: string): AppError {
  const got = value === undefined ? "" : ` (got "${value}")`;
  return new AppError("CONFIG_INVALID", `Environment variable ${name} ${problem}${got}.`, {
    details: { variable: name },
  });
}

/** The trimmed value, or undefined when unset or blank. */
export function envText(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === "" ? undefined : value;
}

/** A whole number from `min` to `max`, or `fallback` when unset. */
export function envInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = envText(env, name);
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) {
    throw invalidEnv(name, `must be a whole number from ${min} to ${max}`, value);
  }
  return n;
}

/** true/1 or false/0 (any case), or `fallback` when unset. */
export function envBoolean(env: Env, name: string, fallback: boolean): boolean {
  const value = envText(env, name)?.toLowerCase();
  if (value === undefined) return fallback;
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  throw invalidEnv(name, "must be true or false", value);
}

/** One of `values` (compared in lower case), or `fallback` when unset. */
export function envOneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const value = envText(env, name)?.toLowerCase();
  if (value === undefined) return fallback;
  if ((values as readonly string[]).includes(value)) return value as T;
  throw invalidEnv(name, `must be one of ${values.join(", ")}`, value);
}

/** An http(s) URL, or undefined when unset. */
export function envUrl(env: Env, name: string): string | undefined {
  const value = envText(env, name);
  if (value === undefined) return undefined;
  if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
    throw invalidEnv(name, "must be an http(s) URL", value);
  }
  return value;
}

/** A comma-separated list (items trimmed, blanks dropped), or undefined when unset. */
export function envList(env: Env, name: string): string[] | undefined {
  const value = envText(env, name);
  if (value === undefined) return undefined;
  return value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

/** A matching value (e.g. a memory size), or `fallback` when unset; `problem` says what is allowed. */
export function envMatching(
  env: Env,
  name: string,
  pattern: RegExp,
  fallback: string,
  problem: string,
): string {
  const value = envText(env, name);
  if (value === undefined) return fallback;
  if (!pattern.test(value)) throw invalidEnv(name, problem, value);
  return value;
}

const SECONDS: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** A duration in seconds, written as seconds (`3600`) or with a unit (`90s`, `30m`, `12h`, `1d`). */
export function envDuration(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = envText(env, name);
  if (value === undefined) return fallback;
  const match = /^(\d+)([smhd]?)$/i.exec(value);
  const seconds = match ? Number(match[1]) * (SECONDS[(match[2] || "s").toLowerCase()] ?? 1) : NaN;
  if (!(seconds >= min && seconds <= max)) {
    throw invalidEnv(
      name,
      `must be a duration from ${min} to ${max} seconds, such as 3600, 30m or 12h`,
      value,
    );
  }
  return seconds;
}
