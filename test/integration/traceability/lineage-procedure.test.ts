import { afterAll, describe, expect, it } from "vitest";
import * as t from "../../../server/traceability/index.ts";
import { testDriver, uniquePrefix } from "../support/neo4j.ts";
import { context, useGeneratedEstate } from "./fixture.ts";

/**
 * The compiled lineage traversal (it4it.lineage, registered by the local Neo4j) and the Cypher over APOC that
 * servers without it run give the same answers: the same total, the same kept nodes in the same order at the
 * same depths, the same links, on a generated estate, in every direction, cut short or not, with a type filter
 * and with properties; and the impact answer walked by it (impact-procedure.cypher) is impact.cypher's.
 * Compared as the server answers them (toPlain): the compiled walk returns date-times already as that text
 * (it4it.properties), the Cypher over APOC as driver values.
 */
const driver = testDriver();
const viewer = context(driver);
const q = uniquePrefix();
afterAll(async () => {
  await driver.close();
});
const generated = useGeneratedEstate(driver, q, { scale: 400, seed: 7 });

const CASES = [
  { direction: "BOTH", maxDepth: 3, limit: 499, types: null, properties: false },
  { direction: "BOTH", maxDepth: 6, limit: 19, types: null, properties: false },
  { direction: "DOWNSTREAM", maxDepth: 8, limit: 4999, types: null, properties: true },
  { direction: "UPSTREAM", maxDepth: 4, limit: 49, types: null, properties: false },
  { direction: "BOTH", maxDepth: 5, limit: 9, types: ["Incident", "Problem", "RFC"], properties: false },
] as const;

async function answer(name: t.LineageQueryName, id: string, c: (typeof CASES)[number]) {
  const [row] = await t.runNamedQuery(viewer, name, {
    id,
    relationshipFilter: t.lineageRelationshipFilter(c.direction),
    labelFilter: t.LINEAGE_LABEL_FILTER,
    excludedLabel: t.LINEAGE_EXCLUDED_LABEL,
    maxDepth: c.maxDepth,
    types: c.types,
    limit: c.limit,
    scan: t.LIMITS.scan,
    properties: c.properties,
  });
  if (!row) return null;
  const read = t.readLineageRow(row);
  // As the server answers it (toPlain): the compiled walk's properties carry their date-times as that text.
  return t.toPlain({
    ...read,
    edges: [...read.edges].sort((a, b) => String(a.id).localeCompare(String(b.id))),
  }) as ReturnType<typeof t.readLineageRow>;
}

/** An answer as JSON with every map's keys sorted: a Neo4j map's keys have no order (properties(n) and the
 * procedure's map list them differently); lists keep theirs. */
function same(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

const IMPACT_CASES = [
  { maxDepth: 10, limit: 5000, properties: true },
  { maxDepth: 10, limit: 7, properties: false },
  { maxDepth: 3, limit: 2, properties: true },
] as const;

/** An impact row of either query, its links in a fixed order (neither query orders them). */
async function impactAnswer(name: t.ImpactQueryName, id: string, c: (typeof IMPACT_CASES)[number]) {
  const [row] = await t.runNamedQuery(viewer, name, {
    id,
    relationshipFilter: t.lineageRelationshipFilter("DOWNSTREAM"),
    labelFilter: t.LINEAGE_LABEL_FILTER,
    excludedLabel: t.LINEAGE_EXCLUDED_LABEL,
    maxDepth: c.maxDepth,
    limit: c.limit,
    scan: t.LIMITS.scan,
    properties: c.properties,
    openIncident: ["NEW", "IN_PROGRESS", "ON_HOLD"],
    openProblem: ["NEW", "INVESTIGATING", "KNOWN_ERROR"],
    openRFC: ["DRAFT", "SUBMITTED", "APPROVED", "SCHEDULED"],
  });
  if (!row) return null;
  const edges = [...(row.edges as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id));
  return t.toPlain({ ...row, edges }) as Record<string, unknown>;
}

describe("it4it.lineage, the compiled traversal", () => {
  it("is found on the local Neo4j, and a procedure that is not there is not", async () => {
    expect(await t.hasProcedure(viewer, t.LINEAGE_PROCEDURE)).toBe(true);
    expect(await t.lineageQueryName(viewer)).toBe("lineage-procedure");
    expect(await t.hasProcedure(viewer, "it4it.noSuchProcedure")).toBe(false);
  });

  it("answers exactly as the Cypher over APOC, in every direction, cut short or not, filtered by type", async () => {
    const roots = generated.nodes.filter((_, i) => i % 9 === 0).map((n) => n.id);
    let compared = 0;
    let cut = 0;
    const differ: string[] = [];
    for (const c of CASES) {
      for (const id of roots) {
        const [cypher, compiled] = [await answer("lineage", id, c), await answer("lineage-procedure", id, c)];
        compared++;
        if (cypher && cypher.total > cypher.reached.length) cut++;
        if (same(cypher) !== same(compiled)) differ.push(`${id} ${JSON.stringify(c)}`);
      }
    }
    expect(differ).toEqual([]);
    expect(compared).toBeGreaterThan(200);
    // Enough answers were cut at the limit for the order of the kept nodes to matter.
    expect(cut).toBeGreaterThan(20);
  });

  it("answers impact exactly as impact.cypher over APOC: counts, open work, kept nodes, depths, links", async () => {
    expect(await t.impactQueryName(viewer)).toBe("impact-procedure");
    const roots = generated.nodes.filter((_, i) => i % 7 === 0).map((n) => n.id);
    let compared = 0;
    let cut = 0;
    let withWork = 0;
    const differ: string[] = [];
    for (const c of IMPACT_CASES) {
      for (const id of roots) {
        const cypher = await impactAnswer("impact", id, c);
        const compiled = await impactAnswer("impact-procedure", id, c);
        compared++;
        if (cypher && Number(cypher.total) > (cypher.nodes as unknown[]).length) cut++;
        if (cypher && Number(cypher.openIncidents) + Number(cypher.openRFCs) > 0) withWork++;
        if (same(cypher) !== same(compiled)) differ.push(`${id} ${JSON.stringify(c)}`);
      }
    }
    expect(differ).toEqual([]);
    expect(compared).toBeGreaterThan(150);
    expect(cut).toBeGreaterThan(20);
    expect(withWork).toBeGreaterThan(10);
  });

  it("answers through the lineage field as before: nodes, links, total and truncation", async () => {
    const root = generated.nodes.find((n) => n.type === "ScopeAgreement")?.id as string;
    const [row] = await t.runNamedQuery(viewer, "lineage", {
      id: root,
      relationshipFilter: "",
      labelFilter: t.LINEAGE_LABEL_FILTER,
      maxDepth: 4,
      types: null,
      limit: 29,
      scan: t.LIMITS.scan,
      properties: false,
    });
    const cypher = t.readLineageRow(row as Record<string, unknown>);
    const field = await t.lineage(viewer, { id: root, direction: "BOTH", maxDepth: 4, limit: 30 });
    expect(field.nodes.map((n) => n.id)).toEqual([root, ...cypher.reached.map((r) => r.node.id)]);
    expect(field.edges.map((e) => e.id).sort()).toEqual(cypher.edges.map((e) => e.id).sort());
    expect(field.totalNodes).toBe(cypher.total + 1);
    expect(field.truncated).toBe(cypher.total > 29);
  });
});
