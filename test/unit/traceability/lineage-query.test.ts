import { afterEach, describe, expect, it, vi } from "vitest";

// Which lineage query the server picks: has-procedure.cypher is answered by a stand-in for the driver, so the
// choice and its caching are seen without a database (the answers of both queries are compared on a real
// Neo4j in test/integration/traceability/lineage-procedure.test.ts).
const asked: string[] = [];
let answer: () => unknown[] = () => [];
vi.mock("../../../server/db/index.ts", () => ({
  loadCypher: (name: string) => name,
  readQuery: async (_driver: unknown, options: { cypher: string }) => {
    asked.push(options.cypher);
    const rows = answer();
    return rows.map((row) => ({ toObject: () => row }));
  },
}));

const { hasProcedure, lineageQueryName } = await import("../../../server/traceability/lineage-query.ts");

const ctx = () => ({ driver: {} as never, queryTimeoutMs: 1000 });

afterEach(() => {
  asked.length = 0;
  vi.useRealTimers();
});

describe("lineageQueryName", () => {
  it("takes the compiled traversal where SHOW PROCEDURES lists it, asking once per driver", async () => {
    answer = () => [{ found: true }];
    const c = ctx();
    expect(await lineageQueryName(c)).toBe("lineage-procedure");
    expect(await lineageQueryName(c)).toBe("lineage-procedure");
    expect(asked).toEqual(["queries/has-procedure.cypher"]);
  });

  it("takes the Cypher over APOC where it is not listed", async () => {
    answer = () => [{ found: false }];
    expect(await lineageQueryName(ctx())).toBe("lineage");
  });

  it("counts a failed question as no for a minute, then asks again", async () => {
    vi.useFakeTimers();
    answer = () => {
      throw new Error("no right to list procedures");
    };
    const c = ctx();
    expect(await hasProcedure(c, "it4it.lineage")).toBe(false);
    expect(await hasProcedure(c, "it4it.lineage")).toBe(false);
    expect(asked).toHaveLength(1);
    answer = () => [{ found: true }];
    vi.advanceTimersByTime(60_000);
    expect(await hasProcedure(c, "it4it.lineage")).toBe(true);
    expect(asked).toHaveLength(2);
  });
});
