import { describe, expect, it } from "vitest";
import { VersionCache } from "../../../server/traceability/version-cache.ts";

describe("VersionCache", () => {
  it("reads an answer once per key, and again for a new version", async () => {
    const cache = new VersionCache<number>(8);
    let reads = 0;
    const read = () => Promise.resolve(++reads);
    expect(await cache.get("v1|page", read)).toBe(1);
    expect(await cache.get("v1|page", read)).toBe(1);
    expect(await cache.get("v2|page", read)).toBe(2);
  });

  it("keeps at most its bound, dropping the least recently used", async () => {
    const cache = new VersionCache<string>(2);
    let reads = 0;
    const read = (v: string) => () => Promise.resolve(`${v}${++reads}`);
    await cache.get("a", read("a"));
    await cache.get("b", read("b"));
    await cache.get("a", read("a"));
    await cache.get("c", read("c"));
    // b was the least recently used: read again; a is still there.
    expect(await cache.get("a", read("a"))).toBe("a1");
    expect(await cache.get("b", read("b"))).toBe("b4");
  });

  it("does not keep a failed read", async () => {
    const cache = new VersionCache<number>(4);
    await expect(cache.get("k", () => Promise.reject(new Error("db down")))).rejects.toThrow("db down");
    expect(await cache.get("k", () => Promise.resolve(7))).toBe(7);
  });
});
