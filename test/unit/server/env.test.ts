import { describe, expect, it } from "vitest";
import { readDbConfig } from "../../../server/db/config.ts";
import {
  envBoolean,
  envDuration,
  envInteger,
  envList,
  envOneOf,
  envText,
  envUrl,
} from "../../../server/env.ts";
import { AppError } from "../../../server/errors/index.ts";

function error(read: () => unknown): AppError {
  try {
    read();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected CONFIG_INVALID");
}

describe("environment parser", () => {
  it("trims, defaults blanks and parses each kind", () => {
    const env = { A: "  7 ", B: " ", C: "TRUE", D: "Warn", E: "https://x.example/k", F: "a, ,b ", G: "12h" };
    expect(envText(env, "A")).toBe("7");
    expect(envText(env, "B")).toBeUndefined();
    expect(envInteger(env, "A", 1, 0, 10)).toBe(7);
    expect(envInteger(env, "B", 3, 0, 10)).toBe(3);
    expect(envBoolean(env, "C", false)).toBe(true);
    expect(envOneOf(env, "D", ["info", "warn"] as const, "info")).toBe("warn");
    expect(envUrl(env, "E")).toBe("https://x.example/k");
    expect(envList(env, "F")).toEqual(["a", "b"]);
    expect(envDuration(env, "G", 1, 1, 86_400)).toBe(43_200);
    expect(envDuration({ G: "90" }, "G", 1, 1, 86_400)).toBe(90);
  });

  it("names the variable, the allowed values and what it got", () => {
    const e = error(() => envInteger({ N: "12x" }, "N", 1, 0, 100));
    expect(e.code).toBe("CONFIG_INVALID");
    expect(e.message).toBe('Environment variable N must be a whole number from 0 to 100 (got "12x").');
    expect(e.details).toEqual({ variable: "N" });
  });

  it("is the parser the database configuration uses too", () => {
    const e = error(() => readDbConfig({ NEO4J_BOLT_PORT: "99999" }));
    expect(e.message).toMatch(/^Environment variable NEO4J_BOLT_PORT must be a whole number from 1 to 65535/);
    expect(error(() => readDbConfig({ NEO4J_HEAP: "lots" })).details).toEqual({ variable: "NEO4J_HEAP" });
  });
});
