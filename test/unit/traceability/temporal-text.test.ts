import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { toPlain } from "../../../server/traceability/neo4j-values.ts";
import { temporalText } from "../../../server/traceability/temporal-text.ts";

// The fast ISO text of temporal values must be exactly what the driver's toString writes (the API's answers
// did not change when it replaced it): compared on many seeded random values, fields as numbers and as the
// driver's Integers, years past 9999 and before 0, nanoseconds from none to nine digits, offsets with and
// without seconds, zone ids with and without an offset.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe("temporalText", () => {
  const next = random(20261203);
  const between = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const field = (value: number) => (next() < 0.5 ? value : neo4j.int(value));
  const year = () =>
    pick([between(1970, 2100), between(0, 9999), between(10000, 999999), between(-999999, -1)]);
  const nano = () => pick([0, between(1, 9), between(1, 999_999_999), between(1, 999) * 1_000_000]);
  const offset = () => pick([0, between(-18, 18) * 3600, between(-64800, 64800), between(-59, 59)]);
  const zone = () => pick(["Europe/Paris", "America/New_York", "UTC", "Asia/Kolkata"]);
  /** Year, month, day, hour, minute, second and nanosecond: a random local date and time. */
  const dateAndClock = () =>
    [
      field(year()),
      field(between(1, 12)),
      field(between(1, 28)),
      field(between(0, 23)),
      field(between(0, 59)),
      field(between(0, 59)),
      field(nano()),
    ] as const;

  it("writes DateTime exactly as the driver does, with offsets, zone ids or both", () => {
    for (let i = 0; i < 5000; i++) {
      const kind = pick(["offset", "zone", "both"] as const);
      const value = new neo4j.types.DateTime(
        ...dateAndClock(),
        kind === "zone" ? undefined : field(offset()),
        kind === "offset" ? undefined : zone(),
      );
      expect(temporalText(value)).toBe(value.toString());
    }
  });

  it("writes LocalDateTime and Date exactly as the driver does", () => {
    for (let i = 0; i < 3000; i++) {
      const local = new neo4j.types.LocalDateTime(...dateAndClock());
      expect(temporalText(local)).toBe(local.toString());
      const date = new neo4j.types.Date(field(year()), field(between(1, 12)), field(between(1, 28)));
      expect(temporalText(date)).toBe(date.toString());
    }
  });

  it("leaves other temporal types to the driver, and answers undefined for anything else", () => {
    const time = new neo4j.types.Time(10, 30, 5, 7, 3600);
    expect(temporalText(time)).toBe(time.toString());
    const duration = new neo4j.types.Duration(1, 2, 3, 4);
    expect(temporalText(duration)).toBe(duration.toString());
    expect(temporalText({ year: 2026 })).toBeUndefined();
  });

  it("is what toPlain gives for temporal values, inside maps and lists too", () => {
    const at = new neo4j.types.DateTime(2026, 2, 1, 10, 0, 0, 0, 0);
    expect(toPlain({ at, list: [at, "x", 1, true, neo4j.int(7)] })).toEqual({
      at: "2026-02-01T10:00:00Z",
      list: ["2026-02-01T10:00:00Z", "x", 1, true, 7],
    });
  });
});
