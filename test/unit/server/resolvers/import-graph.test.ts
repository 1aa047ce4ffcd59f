import { describe, expect, it } from "vitest";
import type { RequestContext } from "../../../../server/context.ts";
import { AppError } from "../../../../server/errors/index.ts";
import { importGraphResolvers } from "../../../../server/resolvers/import-graph.ts";
import type { ImportDocument } from "../../../../server/resolvers/import-graph.ts";

const ctx = (roles: RequestContext["roles"]): RequestContext =>
  ({
    driver: {} as RequestContext["driver"],
    roles,
    queryTimeoutMs: 1000,
    requestId: "r",
  }) satisfies RequestContext;

function resolver(importDocument: ImportDocument | undefined) {
  const mutation = importGraphResolvers(importDocument).Mutation as Record<
    string,
    (p: unknown, a: { document: unknown }, c: RequestContext) => Promise<unknown>
  >;
  return mutation.importGraph as (
    p: unknown,
    a: { document: unknown },
    c: RequestContext,
  ) => Promise<unknown>;
}

describe("importGraph", () => {
  it("is refused to viewers and auditors before anything is imported", async () => {
    let called = false;
    const run = resolver(async () => {
      called = true;
      return {};
    });
    await expect(run(null, { document: {} }, ctx(["auditor"]))).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(called).toBe(false);
  });

  it("passes the document to the importer and reports what was written", async () => {
    const run = resolver(async (_driver, options) => {
      expect(options.document).toEqual({ nodes: [1] });
      const warning = {
        location: "/relationships/0/type",
        field: "type",
        code: "DEPRECATED_RELATIONSHIP_NAME",
        message: "m",
      };
      return { ok: true, nodesWritten: 3, relationshipsWritten: 2, problems: [], warnings: [warning] };
    });
    await expect(run(null, { document: { nodes: [1] } }, ctx(["editor"]))).resolves.toEqual({
      ok: true,
      nodesWritten: 3,
      relationshipsWritten: 2,
      problems: [],
      warnings: [
        {
          location: "/relationships/0/type",
          field: "type",
          code: "DEPRECATED_RELATIONSHIP_NAME",
          message: "m",
        },
      ],
    });
  });

  it("returns every located problem when validation fails", async () => {
    const run = resolver(async () => {
      throw new AppError("VALIDATION_FAILED", "2 problems", {
        details: {
          problems: [
            { location: "/nodes/0/type", field: "type", code: "UNKNOWN_TYPE", message: "no such type" },
          ],
        },
      });
    });
    await expect(run(null, { document: {} }, ctx(["admin"]))).resolves.toEqual({
      ok: false,
      nodesWritten: 0,
      relationshipsWritten: 0,
      problems: [{ location: "/nodes/0/type", field: "type", code: "UNKNOWN_TYPE", message: "no such type" }],
      warnings: [],
    });
  });
});
