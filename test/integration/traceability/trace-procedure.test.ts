import { afterAll, describe, expect, it } from "vitest";
import * as t from "../../../server/traceability/index.ts";
import { testDriver, uniquePrefix } from "../support/neo4j.ts";
import { context, useGeneratedEstate } from "./fixture.ts";

/**
 * The compiled provenance walk (it4it.provenance, registered by the local Neo4j, run by trace-procedure.cypher)
 * and trace.cypher over APOC, which servers without it run, give the same rows: the same cone in the same
 * order, each node at the same depth reached through the same link (`via`, which decides the path a trace
 * reports), the same upstream counts and evidence; for every object of a generated estate, to the decision and
 * to another type, deep or cut short by depth or by the visited-node bound, with accountability or without; and
 * the trace field answers the same.
 */
const driver = testDriver();
const viewer = context(driver);
const auditor = context(driver, ["auditor"]);
const q = uniquePrefix();
afterAll(async () => {
  await driver.close();
});
const generated = useGeneratedEstate(driver, q, { scale: 400, seed: 11 });

const CASES = [
  { toType: "ScopeAgreement", maxDepth: 25, accountability: true, scan: t.LIMITS.scan },
  { toType: "ScopeAgreement", maxDepth: 2, accountability: false, scan: t.LIMITS.scan },
  // Stopped after 4 reached objects: the walk ends where APOC's `limit` ends it.
  { toType: "ServiceRelease", maxDepth: 8, accountability: true, scan: 4 },
] as const;

async function rows(name: t.TraceQueryName, id: string, c: (typeof CASES)[number]) {
  return t.runNamedQuery(viewer, name, {
    id,
    toType: c.toType,
    maxDepth: c.maxDepth,
    scan: c.scan,
    relationshipFilter: t.provenanceRelationshipFilter("UPSTREAM"),
    accountability: c.accountability,
  });
}

describe("it4it.provenance, the compiled provenance walk", () => {
  it("is found on the local Neo4j, so the trace field runs trace-procedure.cypher", async () => {
    expect(await t.hasProcedure(viewer, t.PROVENANCE_PROCEDURE)).toBe(true);
    expect(await t.traceQueryName(viewer)).toBe("trace-procedure");
  });

  it("gives trace.cypher's rows exactly: order, depths, via links, upstream counts, evidence", async () => {
    const ids = generated.nodes.filter((n, i) => n.type !== "Party" && i % 2 === 0).map((n) => n.id);
    let compared = 0;
    let choices = 0;
    let cut = 0;
    let stopped = 0;
    const differ: string[] = [];
    for (const c of CASES) {
      for (const id of ids) {
        const [cypher, compiled] = [await rows("trace", id, c), await rows("trace-procedure", id, c)];
        compared++;
        // Nodes with more than one provenance link upstream: where the walk's order picks the via link.
        choices += cypher.filter((r) => t.toNumber(r.upstream) > 1).length;
        if (cypher.some((r) => t.toNumber(r.depth) === c.maxDepth && t.toNumber(r.upstream) > 0)) cut++;
        if (cypher.length === c.scan + 1) stopped++;
        if (JSON.stringify(cypher) !== JSON.stringify(compiled)) differ.push(`${id} ${JSON.stringify(c)}`);
      }
    }
    expect(differ).toEqual([]);
    expect(compared).toBeGreaterThan(300);
    expect(choices).toBeGreaterThan(50);
    expect(cut).toBeGreaterThan(20);
    expect(stopped).toBeGreaterThan(20);
  });

  it("answers the trace field as the Cypher rows read by the same code", async () => {
    const incidents = generated.nodes.filter((n) => n.type === "Incident").slice(0, 25);
    for (const incident of incidents) {
      const field = await t.trace(auditor, { id: incident.id });
      const read = t.readTrace(t.toCone(await rows("trace", incident.id, CASES[0])), {
        toType: "ScopeAgreement",
        maxPaths: t.LIMITS.tracePaths,
      });
      expect(field.paths, incident.id).toEqual(read.paths);
      expect(field.verdict, incident.id).toBe(read.verdict);
    }
  });

  it("refuses a filter without type names with a message that says what it takes", async () => {
    await expect(
      t.runNamedQuery(viewer, "trace-procedure", {
        id: generated.nodes[0]?.id,
        toType: "ScopeAgreement",
        maxDepth: 3,
        scan: 10,
        relationshipFilter: "<",
        accountability: false,
      }),
    ).rejects.toThrow(/filter of named types/);
  });
});
