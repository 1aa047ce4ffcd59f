import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll } from "vitest";
import type { RequestContext } from "../../../server/context.ts";
import type { Role } from "../../../server/context.ts";
import { loadEstate } from "../../../seed/index.ts";
import type { GraphDocument } from "../../../seed/index.ts";
import { generateEstate } from "../../../seed/generator/generate-estate.ts";

/**
 * A small lineage graph with everything the traceability fields must handle, ids prefixed per test file:
 * an approved decision chain to an incident, a second equally short chain, a feedback cycle
 * (Incident -> Problem -> PortfolioBacklogItem -> ScopeAgreement), and an orphan CI (broken chain).
 */
/** Node and relationship builders whose ids carry the prefix `p` (one per test file). */
export function builders(p: string) {
  const n = (type: string, id: string, status: string, properties: Record<string, unknown> = {}) => ({
    type,
    id: `${p}${id}`,
    name: `${type} ${id}`,
    status,
    properties,
  });
  const r = (from: string, type: string, to: string, properties?: Record<string, unknown>) => ({
    type,
    from: `${p}${from}`,
    to: `${p}${to}`,
    ...(properties ? { properties } : {}),
  });
  return { n, r };
}

export function fixture(p: string): GraphDocument {
  const { n, r } = builders(p);
  return {
    nodes: [
      n("Party", "ADA", "ACTIVE", { kind: "PERSON", email: "ada@example.com" }),
      n("Policy", "POL", "ACTIVE"),
      n("PortfolioBacklogItem", "PBI", "ACCEPTED"),
      n("ScopeAgreement", "SA", "DECIDED", { decision: "APPROVED", decidedAt: "2026-02-01T10:00:00Z" }),
      n("ScopeAgreement", "SA2", "DECIDED", { decision: "APPROVED" }),
      n("ScopeAgreement", "SA-REJ", "DECIDED", { decision: "REJECTED" }),
      n("ITInitiative", "INI", "COMPLETED"),
      n("ITInitiative", "INI2", "COMPLETED"),
      n("ServiceRelease", "REL", "RELEASED"),
      n("ServiceReleaseBlueprint", "SRB", "ACTIVE"),
      n("DesiredService", "DS", "ACTIVE"),
      n("ActualServiceCI", "CI", "OPERATIONAL"),
      n("ActualServiceCI", "ORPHAN", "OPERATIONAL"),
      n("Event", "EV", "OPEN"),
      n("Incident", "INC", "NEW", { priority: "P1" }),
      n("Incident", "INC-ORPHAN", "NEW", { priority: "P2" }),
      n("Problem", "PRB", "INVESTIGATING"),
      n("RFC", "RFC", "SUBMITTED"),
      n("RFC", "RFC-DONE", "CLOSED"),
    ],
    relationships: [
      r("ADA", "APPROVED", "SA", { at: "2026-02-01T10:00:00Z" }),
      r("ADA", "OWNS", "SA"),
      r("POL", "GOVERNS", "SA"),
      r("PBI", "PROPOSED_IN", "SA"),
      r("SA", "AUTHORIZES", "INI"),
      r("SA2", "AUTHORIZES", "INI2"),
      r("INI", "DELIVERS", "REL"),
      r("INI2", "DELIVERS", "REL"),
      r("REL", "HAS_BLUEPRINT", "SRB"),
      r("SRB", "INSTANTIATED_AS", "DS"),
      r("DS", "REALIZED_AS", "CI"),
      r("CI", "HAS_EVENT", "EV"),
      r("EV", "RAISES", "INC"),
      r("CI", "EXPERIENCED", "INC"),
      r("INC", "ESCALATED_TO", "PRB"),
      r("PRB", "RAISES_DEMAND", "PBI"),
      r("PRB", "RESOLVED_BY", "RFC"),
      r("PRB", "RESOLVED_BY", "RFC-DONE"),
      r("RFC", "CHANGES", "CI"),
      r("ORPHAN", "EXPERIENCED", "INC-ORPHAN"),
    ],
  };
}

export async function loadFixture(driver: Driver, p: string): Promise<void> {
  await loadEstate(driver, { estate: fixture(p) });
}

export const context = (driver: Driver, roles: Role[] = ["viewer"]): RequestContext => ({
  driver,
  roles,
  queryTimeoutMs: 10_000,
  requestId: "integration",
});

/** A generated estate with every id prefixed by `p` (so it lives beside other tests' data and is removed by it). */
export function prefixedEstate(p: string, options: { scale: number; seed: number }): GraphDocument {
  const doc = generateEstate(options);
  const rename = (s: string) => `${p}${s}`;
  return {
    nodes: doc.nodes.map((n) => ({ ...n, id: rename(n.id) })),
    relationships: doc.relationships.map((r) => ({ ...r, from: rename(r.from), to: rename(r.to) })),
  };
}

/**
 * A prefixed generated estate (prefixedEstate), loaded before the tests of the enclosing file or describe block
 * and deleted after them. Call it after the block's own afterAll that closes the driver: after-hooks run last
 * defined first, so the estate is deleted while the driver is still open.
 */
export function useGeneratedEstate(
  driver: Driver,
  p: string,
  options: { scale: number; seed: number },
): GraphDocument {
  const estate = prefixedEstate(p, options);
  beforeAll(async () => {
    await loadEstate(driver, { estate });
  });
  afterAll(async () => {
    await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH $p DETACH DELETE n", { p });
  });
  return estate;
}
