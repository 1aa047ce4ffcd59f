import type { Driver } from "neo4j-driver";
import { requireRole } from "../context.ts";
import type { RequestContext } from "../context.ts";
import { AppError, isAppError } from "../errors/index.ts";
import type { ResolverMap } from "../schema/index.ts";
import { importDocument as coreImportDocument } from "../import/index.ts";

/** The shape of server/import's `importDocument` this resolver relies on. */
export type ImportDocument = (
  driver: Driver,
  options: { database?: string; document: unknown; batchSize?: number },
) => Promise<unknown>;

/** The GraphQL ImportResult of server/schema/traceability.graphql. */
export interface ImportResultView {
  ok: boolean;
  nodesWritten: number;
  relationshipsWritten: number;
  problems: { location: string; field: string | null; code: string; message: string }[];
  warnings: { location: string; field: string | null; code: string; message: string }[];
}

/**
 * `Mutation.importGraph(document: JSON!)`: editor or admin only; validates the whole document against the
 * meta-model and writes it, or writes nothing and returns every problem with its location.
 */
export function importGraphResolvers(
  importDocument: ImportDocument | undefined = coreImportDocument,
): ResolverMap {
  return {
    Mutation: {
      async importGraph(
        _parent: unknown,
        args: { document: unknown },
        ctx: RequestContext,
      ): Promise<ImportResultView> {
        requireRole(ctx, "editor");
        if (!importDocument)
          throw new AppError("INTERNAL", "Importing is not available in this build of the server.");
        try {
          const result = await importDocument(ctx.driver, {
            ...(ctx.database ? { database: ctx.database } : {}),
            document: args.document,
          });
          return toView(result);
        } catch (error) {
          if (
            isAppError(error) &&
            error.code === "VALIDATION_FAILED" &&
            Array.isArray(error.details?.problems)
          ) {
            return toView({ ok: false, problems: error.details.problems });
          }
          throw error;
        }
      },
    },
  };
}

function toView(result: unknown): ImportResultView {
  const r = (result ?? {}) as Record<string, unknown>;
  const toProblem = (p: Record<string, unknown>) => ({
    location: String(p.location ?? p.path ?? ""),
    field: p.field === undefined || p.field === null ? null : String(p.field),
    code: String(p.code ?? "VALIDATION_FAILED"),
    message: String(p.message ?? ""),
  });
  const problems = (Array.isArray(r.problems) ? r.problems : Array.isArray(r.errors) ? r.errors : []).map(
    toProblem,
  );
  const warnings = (Array.isArray(r.warnings) ? r.warnings : []).map(toProblem);
  return {
    ok: typeof r.ok === "boolean" ? r.ok : problems.length === 0,
    nodesWritten: count(r.nodesWritten ?? r.nodes),
    relationshipsWritten: count(r.relationshipsWritten ?? r.relationships),
    problems,
    warnings,
  };
}

function count(value: unknown): number {
  if (typeof value === "number") return value;
  if (Array.isArray(value)) return value.length;
  return 0;
}
