import { ApolloServer, HeaderMap } from "@apollo/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { answerValidOnlyNow } from "../../../server/context.ts";
import type { RequestContext } from "../../../server/context.ts";
import { AnswerCache, answerCachePlugin, stringifyAnswer } from "../../../server/graphql/answer-cache.ts";
import { requestKey } from "../../../server/graphql/document-memo.ts";
import { AppError } from "../../../server/errors/index.ts";

/**
 * The answer cache's rules, through a real Apollo Server over a small schema (no database): what is kept, by
 * which key, what is never kept, and the byte budget.
 */
let version = "v1";
let versionError: Error | undefined;
const calls = { answer: 0, stale: 0, failing: 0, slow: 0 };
let release: () => void = () => undefined;
const cache = new AnswerCache(4_000);
const outcomes: string[] = [];

const apollo = new ApolloServer<RequestContext>({
  typeDefs: `type Query { answer(n: Int): String  stale: String  failing: String  slow(fail: Boolean): String }  type Mutation { touch: Int }`,
  resolvers: {
    Query: {
      answer: (_: unknown, args: { n?: number }) => `answer ${args.n ?? 0} #${++calls.answer}`,
      stale: (_: unknown, __: unknown, ctx: RequestContext) => {
        answerValidOnlyNow(ctx);
        return `stale #${++calls.stale}`;
      },
      slow: async (_: unknown, args: { fail?: boolean }) => {
        const n = ++calls.slow;
        await new Promise<void>((resolve) => (release = resolve));
        if (args.fail) throw new Error("slow failure");
        return `slow #${n}`;
      },
      failing: () => {
        calls.failing++;
        throw new Error("boom");
      },
    },
    Mutation: { touch: () => 1 },
  },
  stringifyResult: stringifyAnswer,
  plugins: [
    answerCachePlugin({
      cache,
      version: async () => {
        if (versionError) throw versionError;
        return version;
      },
      onOutcome: (o) => outcomes.push(o),
    }),
  ],
});

const context = (roles: RequestContext["roles"] = ["viewer"]) =>
  ({ roles, driver: undefined, queryTimeoutMs: 1000, requestId: "unit" }) as unknown as RequestContext;

async function ask(query: string, variables?: Record<string, unknown>, roles?: RequestContext["roles"]) {
  const res = await apollo.executeOperation(
    { query, ...(variables ? { variables } : {}) },
    { contextValue: context(roles) },
  );
  const body = res.body.kind === "single" ? res.body.singleResult : undefined;
  return { data: body?.data, errors: body?.errors, cache: res.http.headers.get("x-answer-cache") ?? null };
}

beforeAll(() => apollo.start());
afterAll(() => apollo.stop());

describe("answer cache", () => {
  it("serves the same question at the same version from memory, by roles and variables", async () => {
    const q = `query($n: Int) { answer(n: $n) }`;
    expect(await ask(q, { n: 1 })).toMatchObject({ data: { answer: "answer 1 #1" }, cache: "miss" });
    expect(await ask(q, { n: 1 })).toMatchObject({ data: { answer: "answer 1 #1" }, cache: "hit" });
    expect(await ask(q, { n: 2 })).toMatchObject({ data: { answer: "answer 2 #2" }, cache: "miss" });
    expect(await ask(q, { n: 1 }, ["auditor"])).toMatchObject({
      data: { answer: "answer 1 #3" },
      cache: "miss",
    });
    version = "v2";
    expect(await ask(q, { n: 1 })).toMatchObject({ data: { answer: "answer 1 #4" }, cache: "miss" });
    expect(await ask(q, { n: 1 })).toMatchObject({ cache: "hit" });
  });

  it("never keeps an answer a resolver marked valid only for now, one with errors, or a mutation's", async () => {
    expect(await ask(`{ stale }`)).toMatchObject({ data: { stale: "stale #1" }, cache: "skip" });
    expect(await ask(`{ stale }`)).toMatchObject({ data: { stale: "stale #2" }, cache: "skip" });
    await ask(`{ failing }`);
    expect((await ask(`{ failing }`)).cache).toBe("skip");
    expect(calls.failing).toBe(2);
    expect((await ask(`mutation { touch }`)).cache).toBeNull();
    expect((await ask(`{ __typename }`)).cache).toBeNull();
  });

  it("fails with the database's error when the version cannot be read for that reason, else runs uncached", async () => {
    versionError = new AppError("DB_UNAVAILABLE", "Neo4j is unavailable.");
    try {
      const before = calls.answer;
      const down = await ask(`{ answer(n: 9) }`);
      expect(down.errors?.[0]?.extensions?.code).toBe("DB_UNAVAILABLE");
      expect(calls.answer).toBe(before);
      versionError = new Error("something else");
      expect(await ask(`{ answer(n: 9) }`)).toMatchObject({
        data: { answer: `answer 9 #${before + 1}` },
        cache: null,
      });
    } finally {
      versionError = undefined;
    }
  });

  it("computes a question asked again while it is being computed once (single flight), unless it fails", async () => {
    const twice = [ask(`{ slow }`), ask(`{ slow }`)];
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    const answers = await Promise.all(twice);
    expect(calls.slow).toBe(1);
    expect(answers.map((a) => a.data)).toEqual([{ slow: "slow #1" }, { slow: "slow #1" }]);
    expect(answers.map((a) => a.cache).sort()).toEqual(["hit", "miss"]);

    const failing = [ask(`{ slow(fail: true) }`), ask(`{ slow(fail: true) }`)];
    await new Promise((resolve) => setTimeout(resolve, 20));
    release(); // the first fails; the one that waited runs its own
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    const failed = await Promise.all(failing);
    expect(calls.slow).toBe(3);
    expect(failed.map((a) => a.cache)).toEqual(["skip", "skip"]);
  });

  it("writes a kept answer from its kept JSON text, the same bytes as Apollo's default, without serialising it again", async () => {
    const post = async (query: string) => {
      const res = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: "POST",
          headers: new HeaderMap([["content-type", "application/json"]]),
          search: "",
          body: { query },
        },
        context: async () => context(),
      });
      if (res.body.kind !== "complete") throw new Error("expected a complete body");
      return { text: res.body.string, cache: res.headers.get("x-answer-cache") };
    };
    const q = `{ a: answer(n: 40) b: answer(n: 41) }`;
    const miss = await post(q);
    expect(miss.cache).toBe("miss");
    expect(miss.text).toBe(`${JSON.stringify({ data: JSON.parse(miss.text).data })}\n`);
    const stringify = vi.spyOn(JSON, "stringify");
    try {
      const hit = await post(q);
      expect(hit).toEqual({ text: miss.text, cache: "hit" });
      const ofTheAnswer = stringify.mock.calls.filter(
        ([value]) => (value as { data?: { a?: unknown } } | null)?.data?.a !== undefined,
      );
      expect(ofTheAnswer).toEqual([]);
    } finally {
      stringify.mockRestore();
    }
    // Anything else is written as Apollo's default would.
    expect(stringifyAnswer({ errors: [{ message: "x" }], data: null })).toBe(
      `{"errors":[{"message":"x"}],"data":null}\n`,
    );
  });

  it("has no key for variables nested too deep to write as JSON (the fuzz test sends them end to end)", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(
      requestKey({ queryHash: "h", operationName: null, variables: { deep }, owner: {} }),
    ).toBeUndefined();
  });

  it("stays within its byte budget, least recently used out first, and keeps no answer over a quarter of it", () => {
    const small = new AnswerCache(1_000);
    expect(small.set("a", { v: "a" }, 200)).toBe(true);
    expect(small.set("b", { v: "b" }, 200)).toBe(true);
    expect(small.set("c", { v: "c" }, 200)).toBe(true);
    expect(small.get("a")).toEqual({ v: "a" }); // a is now the most recently used
    expect(small.set("d", { v: "d" }, 200)).toBe(true);
    expect(small.set("e", { v: "e" }, 200)).toBe(true);
    expect(small.bytes).toBe(1_000);
    expect(small.set("f", { v: "f" }, 200)).toBe(true);
    expect(small.get("b")).toBeUndefined();
    expect(small.get("a")).toEqual({ v: "a" });
    expect(small.bytes).toBeLessThanOrEqual(1_000);
    expect(small.set("huge", { v: "x" }, 251)).toBe(false);
    expect(small.get("huge")).toBeUndefined();
    expect(outcomes).toContain("hit");
  });
});
