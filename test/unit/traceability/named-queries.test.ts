import { beforeEach, describe, expect, it, vi } from "vitest";
import type { RequestContext } from "../../../server/context.ts";

// Which named Cypher each traceability field runs, and with which parameters: rendered as inline snapshots so
// a change to a query's inputs shows in review. The Cypher text itself lives in cypher/queries/*.cypher.
const calls: { query: string; params: Record<string, unknown> }[] = [];
let version = 0;
vi.mock("../../../server/db/index.ts", () => ({
  loadCypher: (name: string) => name,
  estateVersion: async () => `v${++version}`,
  readQuery: async (_driver: unknown, options: { cypher: string; params: Record<string, unknown> }) => {
    calls.push({ query: options.cypher, params: plain(options.params) });
    return [];
  },
}));

const t = await import("../../../server/traceability/index.ts");

function plain(params: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify(params, (_k, v: unknown) =>
      v && typeof v === "object" && "low" in v && "high" in v ? (v as { low: number }).low : v,
    ),
  ) as Record<string, unknown>;
}

const ctx = (roles: RequestContext["roles"] = ["viewer"]): RequestContext => ({
  driver: {} as RequestContext["driver"],
  roles,
  queryTimeoutMs: 5000,
  requestId: "test",
});

/** Shortens the long lineage relationship filter in snapshots: its content is tested in lineage-filter.test.ts. */
function brief(call: { query: string; params: Record<string, unknown> }): unknown {
  const params = { ...call.params };
  if (typeof params.relationshipFilter === "string")
    params.relationshipFilter = `${params.relationshipFilter.split("|")[0]}|…`;
  if (Array.isArray(params.lineageTypes)) params.lineageTypes = `${params.lineageTypes.length} types`;
  if (Array.isArray(params.types) && params.types.length > 5) params.types = `${params.types.length} types`;
  return { query: call.query, params };
}

beforeEach(() => {
  calls.length = 0;
});

describe("named queries of the traceability fields", () => {
  it("search", async () => {
    await t.search(ctx(), { text: "INC-10", types: ["Incident"], limit: 5 });
    expect(calls.map(brief)).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "limit": 5,
            "query": "(inc AND (10 OR 10*)) OR "inc 10"^2",
            "scan": 100,
            "text": "INC-10",
            "types": [
              "Incident",
            ],
          },
          "query": "queries/search.cypher",
        },
      ]
    `);
  });

  it("lineage", async () => {
    await expect(t.lineage(ctx(), { id: "CI-1", direction: "UPSTREAM", maxDepth: 2 })).rejects.toThrow(
      'No data object with id "CI-1" exists.',
    );
    expect(calls.map(brief)).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "name": "it4it.lineage",
          },
          "query": "queries/has-procedure.cypher",
        },
        {
          "params": {
            "excludedLabel": "Party",
            "id": "CI-1",
            "labelFilter": "-Party",
            "limit": 499,
            "maxDepth": 2,
            "properties": true,
            "relationshipFilter": "<|…",
            "scan": 200000,
            "types": null,
          },
          "query": "queries/lineage.cypher",
        },
      ]
    `);
  });

  it("trace, for a viewer (no accountability)", async () => {
    await expect(t.trace(ctx(), { id: "INC-1" })).rejects.toThrow("INC-1");
    expect(calls.map(brief)).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "name": "it4it.provenance",
          },
          "query": "queries/has-procedure.cypher",
        },
        {
          "params": {
            "accountability": false,
            "id": "INC-1",
            "maxDepth": 25,
            "relationshipFilter": "<ADDED_TO|…",
            "scan": 200000,
            "toType": "ScopeAgreement",
          },
          "query": "queries/trace.cypher",
        },
      ]
    `);
  });

  it("trace, for an auditor", async () => {
    await expect(t.trace(ctx(["auditor"]), { id: "INC-1", toType: "Policy", maxDepth: 5 })).rejects.toThrow();
    expect(calls.map(brief).at(-1)).toMatchInlineSnapshot(`
      {
        "params": {
          "accountability": true,
          "id": "INC-1",
          "maxDepth": 5,
          "relationshipFilter": "<ADDED_TO|…",
          "scan": 200000,
          "toType": "Policy",
        },
        "query": "queries/trace.cypher",
      }
    `);
  });

  it("impact", async () => {
    await expect(t.impact(ctx(), { id: "REL-1" })).rejects.toThrow();
    expect(calls.map(brief)).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "name": "it4it.lineage",
          },
          "query": "queries/has-procedure.cypher",
        },
        {
          "params": {
            "excludedLabel": "Party",
            "id": "REL-1",
            "labelFilter": "-Party",
            "limit": 5000,
            "maxDepth": 10,
            "openIncident": [
              "NEW",
              "IN_PROGRESS",
              "ON_HOLD",
            ],
            "openProblem": [
              "NEW",
              "INVESTIGATING",
              "KNOWN_ERROR",
            ],
            "openRFC": [
              "DRAFT",
              "SUBMITTED",
              "APPROVED",
              "SCHEDULED",
            ],
            "properties": true,
            "relationshipFilter": ">|…",
            "scan": 200000,
          },
          "query": "queries/impact.cypher",
        },
      ]
    `);
  });

  it("path", async () => {
    await expect(t.path(ctx(), { from: "SA-1", to: "INC-1" })).rejects.toThrow();
    expect(calls.map(brief)).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "from": "SA-1",
            "labelFilter": "-Party",
            "maxDepth": 25,
            "relationshipFilter": ">|…",
            "to": "INC-1",
          },
          "query": "queries/path-either-way.cypher",
        },
      ]
    `);
  });

  it("coverage", async () => {
    await t.coverage(ctx());
    expect(calls.map(brief)).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "name": "it4it.coverage",
          },
          "query": "queries/has-procedure.cypher",
        },
        {
          "params": {
            "maxDepth": 25,
            "relationshipFilter": "ADDED_TO>|…",
            "types": "31 types",
          },
          "query": "queries/coverage-sweep.cypher",
        },
      ]
    `);
  });

  it("brokenChains", async () => {
    await t.brokenChains(ctx(), { type: "Incident", limit: 50 });
    expect(calls.map(brief)).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "name": "it4it.coverage",
          },
          "query": "queries/has-procedure.cypher",
        },
        {
          "params": {
            "maxDepth": 25,
            "relationshipFilter": "ADDED_TO>|…",
            "types": "31 types",
          },
          "query": "queries/coverage-sweep.cypher",
        },
      ]
    `);
  });

  it("details", async () => {
    await expect(t.details(ctx(["editor"]), { id: "CI-1" })).rejects.toThrow();
    expect(calls.map(brief)).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "accountability": true,
            "id": "CI-1",
            "limit": 500,
            "lineageTypes": "68 types",
            "openIncident": [
              "NEW",
              "IN_PROGRESS",
              "ON_HOLD",
            ],
            "openProblem": [
              "NEW",
              "INVESTIGATING",
              "KNOWN_ERROR",
            ],
            "openRFC": [
              "DRAFT",
              "SUBMITTED",
              "APPROVED",
              "SCHEDULED",
            ],
          },
          "query": "queries/details.cypher",
        },
      ]
    `);
  });

  it("overview", async () => {
    await t.overview(ctx());
    expect(calls.map(brief)).toMatchInlineSnapshot(`
      [
        {
          "params": {
            "hiddenRelationships": [
              "OWNS",
              "APPROVED",
              "ASSIGNED_TO",
            ],
            "types": "41 types",
          },
          "query": "queries/type-counts.cypher",
        },
        {
          "params": {},
          "query": "queries/latest-p1-incident.cypher",
        },
      ]
    `);
  });
});

describe("argument checks happen before any query", () => {
  it.each([
    ["lineage depth", () => t.lineage(ctx(), { id: "x", maxDepth: 11 }), /maxDepth.*from 1 to 10/],
    ["lineage limit", () => t.lineage(ctx(), { id: "x", limit: 0 }), /limit.*from 1 to 5000/],
    ["unknown type", () => t.trace(ctx(), { id: "x", toType: "Decision" }), /"Decision" is not an IT4IT/],
    ["search limit", () => t.search(ctx(), { text: "x", limit: 1000 }), /limit.*from 1 to 100/],
    ["broken type", () => t.brokenChains(ctx(), { type: "incident" }), /not an IT4IT data object type/],
  ])("%s", async (_name, call, message) => {
    await expect(call()).rejects.toMatchObject({
      code: "BAD_USER_INPUT",
      message: expect.stringMatching(message),
    });
    expect(calls).toHaveLength(0);
  });

  it("a search with nothing searchable runs no query", async () => {
    await expect(t.search(ctx(), { text: "--" })).resolves.toEqual([]);
    expect(calls).toHaveLength(0);
  });
});
