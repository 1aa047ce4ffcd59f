import { describe, expect, it } from "vitest";
import { JsonBodyScanner } from "../../../../server/http/json-body-scan.ts";
import type { ValueStats } from "../../../../server/http/json-body-scan.ts";

/** What the scan must find, computed from the parsed value. */
function expected(value: unknown, top = true): Omit<ValueStats, "chars"> {
  const stats = { maxItems: 0, maxString: 0 };
  const visit = (v: unknown, root: boolean) => {
    if (typeof v === "string") stats.maxString = Math.max(stats.maxString, v.length);
    else if (Array.isArray(v)) {
      if (!root || !top) stats.maxItems = Math.max(stats.maxItems, v.length);
      v.forEach((x) => visit(x, false));
    } else if (v !== null && typeof v === "object") {
      const entries = Object.entries(v as Record<string, unknown>);
      stats.maxItems = Math.max(stats.maxItems, entries.length);
      for (const [k, x] of entries) {
        stats.maxString = Math.max(stats.maxString, k.length);
        visit(x, false);
      }
    }
  };
  visit(value, false);
  return stats;
}

function scan(text: string, chunkSize = 7): JsonBodyScanner {
  const scanner = new JsonBodyScanner();
  for (let i = 0; i < text.length; i += chunkSize) scanner.push(text.slice(i, i + chunkSize));
  return scanner;
}

/** A small deterministic generator of JSON values with awkward strings. */
function randomValue(seed: { n: number }, depth: number): unknown {
  const r = () => (seed.n = (seed.n * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = r();
  if (depth > 3 || pick < 0.3) {
    const strings = [
      "",
      "a",
      'q"uote',
      "back\\slash",
      "é\u0000\n",
      "😀 emoji",
      "x".repeat(Math.floor(r() * 40)),
    ];
    return strings[Math.floor(r() * strings.length)];
  }
  if (pick < 0.4) return Math.floor(r() * 1e6) - 5e5;
  if (pick < 0.45) return [true, false, null, 1.5e-3][Math.floor(r() * 4)];
  if (pick < 0.75) return Array.from({ length: Math.floor(r() * 8) }, () => randomValue(seed, depth + 1));
  return Object.fromEntries(
    Array.from({ length: Math.floor(r() * 6) }, (_, i) => [
      `k${i}${"é".repeat(i)}`,
      randomValue(seed, depth + 1),
    ]),
  );
}

describe("JsonBodyScanner", () => {
  it("measures each variable like a walk over the parsed value, whatever the chunking and formatting", () => {
    const seed = { n: 42 };
    for (let round = 0; round < 200; round++) {
      const variables = { a: randomValue(seed, 0), b: randomValue(seed, 0), 'we"ird': randomValue(seed, 0) };
      const body = { query: "query Q($a: JSON) { x }", operationName: "Q", variables, extensions: { p: 1 } };
      const text = round % 2 === 0 ? JSON.stringify(body) : JSON.stringify(body, null, 2);
      const scanner = scan(text, 1 + (round % 13));
      for (const [name, value] of Object.entries(variables)) {
        const stats = scanner.variables.get(name);
        expect({ name, ...stats, chars: undefined }).toEqual({ name, ...expected(value), chars: undefined });
      }
      expect(JSON.parse(scanner.rawMember("query") ?? "null")).toBe(body.query);
      expect(JSON.parse(scanner.rawMember("operationName") ?? "null")).toBe("Q");
      expect(scanner.body()).toBe(text);
    }
  });

  it("counts the characters a variable takes and those of members outside the protocol", () => {
    const text = JSON.stringify({ query: "{ x }", variables: { l: ["a", "b"] }, junk: [1, 2, 3] });
    const scanner = scan(text);
    // The value, and at most its separators (":" before it, "," or "}" after it).
    expect(scanner.variables.get("l")?.chars).toBeGreaterThanOrEqual(JSON.stringify(["a", "b"]).length);
    expect(scanner.variables.get("l")?.chars).toBeLessThanOrEqual(JSON.stringify(["a", "b"]).length + 2);
    expect(scanner.otherChars).toBeGreaterThanOrEqual("[1,2,3]".length);
    expect(scanner.otherChars).toBeLessThanOrEqual("[1,2,3]".length + 2);
  });

  it("sees 150,000 ids as one list of 150,000 items", () => {
    const ids = Array.from({ length: 150_000 }, (_, i) => `DO-${i}`);
    const scanner = scan(JSON.stringify({ query: "q", variables: { l: ids } }), 65_536);
    expect(scanner.variables.get("l")?.maxItems).toBe(150_000);
  });

  it("counts escapes as the characters they stand for", () => {
    const value = 'a\\"b\u00e9\u{1F600}\t';
    const scanner = scan(
      `{"variables":{"s":"${JSON.stringify(value).slice(1, -1)}","u":"\\u00e9\\ud83d\\ude00"}}`,
    );
    expect(scanner.variables.get("s")?.maxString).toBe(value.length);
    expect(scanner.variables.get("u")?.maxString).toBe("é😀".length);
  });
});
