import { describe, expect, it } from "vitest";
import type { AppError } from "../../../../server/errors/index.ts";
import { checkTokenLimit } from "../../../../server/graphql/token-limit.ts";

describe("checkTokenLimit", () => {
  it("accepts a document within the limit", () => {
    expect(() => checkTokenLimit("{ incidents { id } }", 6)).not.toThrow();
  });

  it("refuses a document over the limit with LIMIT_EXCEEDED", () => {
    try {
      checkTokenLimit("{ incidents { id } }", 5);
      expect.unreachable();
    } catch (error) {
      expect((error as AppError).code).toBe("LIMIT_EXCEEDED");
      expect((error as AppError).details).toEqual({ maxTokens: 5 });
    }
  });

  it("leaves documents that do not lex, and non-strings, to Apollo", () => {
    expect(() => checkTokenLimit('{ a(s: "unterminated', 100)).not.toThrow();
    expect(() => checkTokenLimit(42, 1)).not.toThrow();
  });
});
