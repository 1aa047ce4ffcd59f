import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { AppError, fromDriverError } from "../../../../server/errors/index.ts";
import { formatError } from "../../../../server/graphql/format-error.ts";

const format = (error: unknown, extensions: Record<string, unknown> = {}) =>
  formatError(
    { message: error instanceof Error ? error.message : String(error), extensions, path: ["x"] },
    error,
  );

describe("formatError", () => {
  it("keeps an AppError's code, message and details", () => {
    const out = format(new AppError("NOT_FOUND", 'No object with id "X" exists.', { details: { id: "X" } }));
    expect(out).toEqual({
      message: 'No object with id "X" exists.',
      path: ["x"],
      extensions: { code: "NOT_FOUND", details: { id: "X" } },
    });
  });

  it("maps driver errors through fromDriverError", () => {
    const driverError = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:7687"), {
      name: "Neo4jError",
      code: "ServiceUnavailable",
    });
    expect(format(driverError).extensions?.code).toBe("DB_UNAVAILABLE");
  });

  it("maps a date Neo4j cannot parse to BAD_USER_INPUT naming ISO 8601, but keeps other syntax errors INTERNAL", () => {
    const dateError = Object.assign(new Error('Text cannot be parsed to a DateTime\n"yesterday"\n ^'), {
      name: "Neo4jError",
      code: "Neo.ClientError.Statement.SyntaxError",
    });
    const out = format(dateError);
    expect(out.extensions?.code).toBe("BAD_USER_INPUT");
    expect(out.message).toContain("Text cannot be parsed to a DateTime");
    expect(out.message).toContain("ISO 8601");
    const cypherError = Object.assign(new Error("Invalid input 'MATCHX': expected ..."), {
      name: "Neo4jError",
      code: "Neo.ClientError.Statement.SyntaxError",
    });
    expect(format(cypherError)).toMatchObject({ extensions: { code: "INTERNAL" } });
    expect(format(cypherError).message).not.toContain("MATCHX");
  });

  it("names the database URI when Neo4j cannot be reached or refuses the credentials", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:7999"), {
      code: "ServiceUnavailable",
    });
    const unavailable = fromDriverError(refused, "bolt://127.0.0.1:7999");
    expect(unavailable.code).toBe("DB_UNAVAILABLE");
    expect(unavailable.message).toContain("The database at bolt://127.0.0.1:7999 is unavailable");
    const denied = fromDriverError(
      Object.assign(new Error("unauthorized"), { code: "Neo.ClientError.Security.Unauthorized" }),
      "neo4j+s://x.databases.neo4j.io",
    );
    expect(denied.code).toBe("DB_AUTH_FAILED");
    expect(denied.message).toContain("neo4j+s://x.databases.neo4j.io");
    expect(denied.message).toContain("NEO4J_PASSWORD");
  });

  it("does not take a missing procedure for an unreachable database (ProcedureNotFound is not ENOTFOUND)", () => {
    const missing = fromDriverError(
      Object.assign(new Error("There is no procedure with the name `it4it.provenance` registered"), {
        code: "Neo.ClientError.Procedure.ProcedureNotFound",
      }),
    );
    expect(missing.code).toBe("INTERNAL");
    expect(missing.message).toContain("Neo.ClientError.Procedure.ProcedureNotFound");
    const dns = fromDriverError(
      Object.assign(new Error("getaddrinfo ENOTFOUND neo4j.example"), { code: "ENOTFOUND" }),
    );
    expect(dns.code).toBe("DB_UNAVAILABLE");
  });

  it("maps @neo4j/graphql's forbidden error to FORBIDDEN", () => {
    // The library does not export its error classes; it names them.
    const forbidden = Object.defineProperty(new GraphQLError("Forbidden"), "name", {
      value: "Neo4jGraphQLForbiddenError",
    });
    expect(format(forbidden).extensions?.code).toBe("FORBIDDEN");
  });

  it("maps graphql-armor rejections to LIMIT_EXCEEDED", () => {
    const out = format(new GraphQLError("Syntax Error: Query depth limit of 12 exceeded, found 14."));
    expect(out.extensions?.code).toBe("LIMIT_EXCEEDED");
    expect(out.message).toContain("depth limit of 12");
  });

  it("maps Apollo's request errors to BAD_USER_INPUT with the original as reason", () => {
    const out = format(new GraphQLError('Syntax Error: Expected Name, found "}".'), {
      code: "GRAPHQL_PARSE_FAILED",
    });
    expect(out.extensions).toEqual({ code: "BAD_USER_INPUT", reason: "GRAPHQL_PARSE_FAILED" });
  });

  it("hides unknown errors behind INTERNAL without a stack", () => {
    const out = format(new TypeError("cannot read properties of undefined (secret internals)"));
    expect(out.extensions).toEqual({ code: "INTERNAL" });
    expect(out.message).not.toContain("secret");
    expect(JSON.stringify(out)).not.toContain("stack");
  });
});
