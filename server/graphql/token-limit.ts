import { GraphQLError, Lexer, Source, TokenKind } from "graphql";
import { AppError } from "../errors/index.ts";

/**
 * Refuses a GraphQL document with more than `maxTokens` lexical tokens before it is parsed, so that a huge
 * document costs no more than counting. Documents that do not lex are left to Apollo (it reports the syntax
 * error with its location).
 */
export function checkTokenLimit(query: unknown, maxTokens: number): void {
  if (typeof query !== "string") return;
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      count += 1;
      if (count > maxTokens) {
        throw new AppError(
          "LIMIT_EXCEEDED",
          `Token limit of ${maxTokens} exceeded (MAX_TOKENS). Simplify the query.`,
          { details: { maxTokens } },
        );
      }
    }
  } catch (error) {
    if (error instanceof GraphQLError) return;
    throw error;
  }
}
