import { afterAll, describe, expect, it } from "vitest";
import { COUNTED_TYPE_NAMES } from "../../../server/model/index.ts";
import * as t from "../../../server/traceability/index.ts";
import { testDriver, uniquePrefix } from "../support/neo4j.ts";
import { context, useGeneratedEstate } from "./fixture.ts";

/**
 * The compiled coverage sweep (it4it.coverage, registered by the local Neo4j, run by coverage-procedure.cypher)
 * and coverage-sweep.cypher over APOC, which servers without it run, give the same rows: per counted type the
 * total, the traced count and every broken id with its reason, on the whole database (a generated estate
 * among whatever else the tests left), at the sweep's depth and cut short at depth 2.
 */
const driver = testDriver();
const viewer = context(driver);
const q = uniquePrefix();
afterAll(async () => {
  await driver.close();
});
useGeneratedEstate(driver, q, { scale: 400, seed: 13 });

interface SweepRow {
  type: string;
  total: number;
  traced: number;
  broken: string[];
}

async function sweep(name: t.CoverageQueryName, maxDepth: number): Promise<SweepRow[]> {
  const rows = await t.runNamedQuery(viewer, name, {
    relationshipFilter: t.provenanceRelationshipFilter("DOWNSTREAM"),
    maxDepth,
    types: COUNTED_TYPE_NAMES,
  });
  return rows
    .map((r) => ({
      type: String(r.type),
      total: t.toNumber(r.total),
      traced: t.toNumber(r.traced),
      broken: (r.broken as [string, string][]).map(([id, reason]) => `${id} ${reason}`).sort(),
    }))
    .sort((a, b) => a.type.localeCompare(b.type));
}

/** The generated estate's broken chains by reason (its ids carry the test's prefix). */
function reasons(rows: SweepRow[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of rows.flatMap((r) => r.broken).filter((b) => b.startsWith(q))) {
    const reason = line.split(" ")[1] as string;
    counts[reason] = (counts[reason] ?? 0) + 1;
  }
  return counts;
}

describe("it4it.coverage, the compiled coverage sweep", () => {
  it("is found on the local Neo4j, so coverage and broken chains run coverage-procedure.cypher", async () => {
    expect(await t.hasProcedure(viewer, t.COVERAGE_PROCEDURE)).toBe(true);
    expect(await t.coverageQueryName(viewer)).toBe("coverage-procedure");
  });

  it("gives coverage-sweep.cypher's rows exactly, at the sweep's depth and cut short", async () => {
    const deep = await sweep("coverage-sweep", t.LIMITS.coverageDepth);
    expect(await sweep("coverage-procedure", t.LIMITS.coverageDepth)).toEqual(deep);
    const shallow = await sweep("coverage-sweep", 2);
    expect(await sweep("coverage-procedure", 2)).toEqual(shallow);
    // The comparison means something: both reasons occur, most objects are traced, and the depth counts.
    const inDeep = reasons(deep);
    expect(inDeep.NO_DECISION).toBeGreaterThan(5);
    expect(inDeep.DECISION_NOT_APPROVED).toBeGreaterThan(5);
    const traced = (rows: SweepRow[]) => rows.reduce((s, r) => s + r.traced, 0);
    expect(traced(deep)).toBeGreaterThan(200);
    expect(traced(shallow)).toBeLessThan(traced(deep));
  });

  it("refuses a filter without type names with a message that says what it takes", async () => {
    await expect(
      t.runNamedQuery(viewer, "coverage-procedure", {
        relationshipFilter: "<",
        maxDepth: 3,
        types: COUNTED_TYPE_NAMES,
      }),
    ).rejects.toThrow(/it4it.coverage takes a filter of named types/);
  });
});
