import { afterEach, describe, expect, it, vi } from "vitest";

// Which lineage query the server picks: has-procedure.cypher is answered by a stand-in for the driver, so the
// choice and its caching are seen without a database (the answers of both queries are compared on a real
// Neo4j in test/integration/traceability/lineage-procedure.test.ts).
const asked: string[] = [];
const names: unknown[] = [];
let answer: () => unknown[] = () => [];
vi.mock("../../../server/db/index.ts", () => ({
  loadCypher: (name: string) => name,
  readQuery: async (_driver: unknown, options: { cypher: string; params: { name?: unknown } }) => {
    asked.push(options.cypher);
    names.push(options.params.name);
    const rows = answer();
    return rows.map((row) => ({ toObject: () => row }));
  },
}));

const { coverageQueryName, hasProcedure, lineageQueryName, traceQueryName } =
  await import("../../../server/traceability/compiled-walks.ts");

const ctx = () => ({ driver: {} as never, queryTimeoutMs: 1000 });

afterEach(() => {
  asked.length = 0;
  names.length = 0;
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

describe("traceQueryName", () => {
  it("takes the compiled provenance walk where it is listed, else trace.cypher over APOC", async () => {
    answer = () => [{ found: true }];
    expect(await traceQueryName(ctx())).toBe("trace-procedure");
    answer = () => [{ found: false }];
    expect(await traceQueryName(ctx())).toBe("trace");
  });

  it("asks for it4it.provenance, apart from it4it.lineage", async () => {
    answer = () => [{ found: true }];
    const c = ctx();
    await lineageQueryName(c);
    await traceQueryName(c);
    expect(asked).toEqual(["queries/has-procedure.cypher", "queries/has-procedure.cypher"]);
    expect(names).toEqual(["it4it.lineage", "it4it.provenance"]);
  });
});

describe("coverageQueryName", () => {
  it("takes the compiled sweep where it4it.coverage is listed, else coverage-sweep.cypher over APOC", async () => {
    answer = () => [{ found: true }];
    const c = ctx();
    expect(await coverageQueryName(c)).toBe("coverage-procedure");
    expect(names).toEqual(["it4it.coverage"]);
    answer = () => [{ found: false }];
    expect(await coverageQueryName(ctx())).toBe("coverage-sweep");
  });
});
