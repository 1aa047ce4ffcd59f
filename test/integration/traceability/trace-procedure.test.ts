import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as t from "../../../server/traceability/index.ts";
import { testDriver, uniquePrefix } from "../support/neo4j.ts";
import { context, useGeneratedEstate } from "./fixture.ts";

/**
 * The compiled provenance walk (it4it.provenance, registered by the local Neo4j, run by trace-procedure.cypher)
 * and trace.cypher over APOC, which servers without it run, give the same rows as the server reads them
 * (date-times the procedure wrote as text equal the driver's text of the values): the same cone in the same
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
// Temporal values beyond what the generator writes, on every decision (each trace's cone ends at some): the
// procedure writes those at an offset as text, and that text must be the driver's.
beforeAll(async () => {
  await driver.executeQuery(
    `MATCH (n:ScopeAgreement) WHERE n.id STARTS WITH $q
     SET n.farFuture = datetime({year: 12345, month: 1, day: 2, hour: 3, minute: 4, second: 5, nanosecond: 6,
                                 timezone: '+05:30'}),
         n.beforeZero = datetime({year: -44, month: 3, day: 15, hour: 12, timezone: '-03:15'}),
         n.withSeconds = datetime({year: 2026, month: 12, day: 3, timezone: '+01:02:03'}),
         n.inZone = datetime({year: 2026, month: 7, day: 1, hour: 9, timezone: 'Europe/Paris'}),
         n.local = localdatetime({year: 2026, month: 2, day: 3, hour: 4, minute: 0, second: 0, nanosecond: 500000000}),
         n.day = date({year: 10000, month: 1, day: 1}),
         n.times = [datetime({year: 2026, month: 1, day: 1, timezone: 'Z'})]`,
    { q },
  );
});

const CASES = [
  { toType: "ScopeAgreement", maxDepth: 25, accountability: true, scan: t.LIMITS.scan },
  { toType: "ScopeAgreement", maxDepth: 2, accountability: false, scan: t.LIMITS.scan },
  // Stopped after 4 reached objects: the walk ends where APOC's `limit` ends it.
  { toType: "ServiceRelease", maxDepth: 8, accountability: true, scan: 4 },
] as const;

/**
 * Rows as the server reads them (toPlain: date-times as text, Integers as numbers), each map's keys sorted:
 * Neo4j gives a node's properties in no fixed order, and the procedure's maps are its own.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, canonical(v)]),
  );
}

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
    let decision: Record<string, unknown> | undefined;
    const differ: string[] = [];
    for (const c of CASES) {
      for (const id of ids) {
        const [cypher, compiled] = [await rows("trace", id, c), await rows("trace-procedure", id, c)];
        compared++;
        // Nodes with more than one provenance link upstream: where the walk's order picks the via link.
        choices += cypher.filter((r) => t.toNumber(r.upstream) > 1).length;
        if (cypher.some((r) => t.toNumber(r.depth) === c.maxDepth && t.toNumber(r.upstream) > 0)) cut++;
        if (cypher.length === c.scan + 1) stopped++;
        const [a, b] = [canonical(t.toPlain(cypher)), canonical(t.toPlain(compiled))];
        for (const row of b as { node: Record<string, unknown> }[])
          if (row.node.farFuture) decision = row.node;
        if (JSON.stringify(a) !== JSON.stringify(b)) differ.push(`${id} ${JSON.stringify(c)}`);
      }
    }
    expect(differ).toEqual([]);
    expect(compared).toBeGreaterThan(300);
    expect(choices).toBeGreaterThan(50);
    expect(cut).toBeGreaterThan(20);
    expect(stopped).toBeGreaterThan(20);
    // The procedure's text of the unusual values, as the driver writes them.
    expect(decision).toMatchObject({
      farFuture: "+012345-01-02T03:04:05.000000006+05:30",
      beforeZero: "-000044-03-15T12:00:00-03:15",
      withSeconds: "2026-12-03T00:00:00+01:02:03",
      inZone: "2026-07-01T09:00:00+02:00[Europe/Paris]",
      local: "2026-02-03T04:00:00.500000000",
      day: "+010000-01-01",
      times: ["2026-01-01T00:00:00Z"],
    });
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
