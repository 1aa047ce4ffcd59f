/**
 * Answers of read operations kept by estate version: a dashboard asking the same question again, at the same
 * version of the estate, gets the answer it got before without a traversal, a Neo4j round trip for the
 * answer or a GraphQL execution. Exact, not time-based: the key carries the estate version (the database's
 * transaction position, which every committed write moves, whoever made it; estate-snapshot.ts), so an
 * answer is never served after the estate changed, and two servers on one database cannot disagree.
 *
 * The key also carries what the answer depends on besides the estate: the caller's roles (accountability is
 * for auditors), the operation document and name, and the variables. Cached only: queries (never mutations),
 * answers without errors, and answers no resolver marked as valid only for now (a whole-estate answer served
 * stale while its recomputation runs: context.ts answerValidOnlyNow). Bounded by the answers' JSON size, least recently used first out.
 *
 * A kept answer keeps its JSON text beside it (the text its byte size is measured from), and the server's
 * `stringifyResult` (stringifyAnswer below) writes that text instead of serialising the answer again: with
 * every answer of a dashboard mix kept, serialising them was a quarter of the server's busy time.
 *
 * Why not Apollo's response-cache plugin: it caches by time (cache hints with maxAge) and needs the
 * cache-control plugin, which wraps every field's resolver (create-apollo.ts has it off for that cost).
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { isAnswerToKeep } from "../context.ts";
import { isAppError } from "../errors/index.ts";
import { toGraphQLError } from "./app-graphql-error.ts";
import { requestKey } from "./document-memo.ts";
import type { RequestContext } from "../context.ts";

export type AnswerCacheOutcome = "hit" | "miss" | "skip";

const OUTCOME = Symbol("answerCacheOutcome");
type WithOutcome = { [OUTCOME]?: AnswerCacheOutcome };

/** The JSON text of each kept answer's data, by the data object itself (what Apollo hands stringifyResult). */
const SERIALIZED = new WeakMap<object, string>();

/**
 * Apollo's `stringifyResult`: the same text as its default (`JSON.stringify(result) + "\n"`, fields in the
 * order errors, data, extensions), written from the kept text when the result is a kept answer alone.
 */
export function stringifyAnswer(result: { errors?: unknown; data?: unknown; extensions?: unknown }): string {
  const text =
    result.errors === undefined && result.extensions === undefined && isObject(result.data)
      ? SERIALIZED.get(result.data)
      : undefined;
  return text === undefined ? `${JSON.stringify(result)}\n` : `{"data":${text}}\n`;
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

/** What the cache did for this request: hit, miss (answered and kept) or skip (not cacheable or not kept). */
export function answerCacheOutcome(ctx: object): AnswerCacheOutcome | undefined {
  return (ctx as WithOutcome)[OUTCOME];
}

interface Entry {
  data: Record<string, unknown>;
  bytes: number;
}

/** Least recently used answers within a byte budget (their JSON size). */
export class AnswerCache {
  private readonly entries = new Map<string, Entry>();
  private used = 0;

  constructor(
    readonly maxBytes: number,
    private readonly maxEntries = 10_000,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.used;
  }

  get(key: string): Record<string, unknown> | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.data;
  }

  /** Keeps `data` (its JSON size `bytes`); an answer larger than a quarter of the budget is not kept. */
  set(key: string, data: Record<string, unknown>, bytes: number): boolean {
    if (bytes > this.maxBytes / 4) return false;
    this.delete(key);
    this.entries.set(key, { data, bytes });
    this.used += bytes;
    for (const [oldest] of this.entries) {
      if (this.used <= this.maxBytes && this.entries.size <= this.maxEntries) break;
      this.delete(oldest);
    }
    return true;
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.used -= entry.bytes;
  }
}

export interface AnswerCacheOptions {
  cache: AnswerCache;
  /** The estate version for this request, from a probe that started after it arrived. */
  version(ctx: RequestContext): Promise<string>;
  onOutcome?(outcome: AnswerCacheOutcome): void;
}

/** The key of an answer: estate version, roles, and the request's document, operation name and variables. */
export function answerKey(version: string, roles: readonly string[], request: string): string {
  return `${version}\u0000${[...roles].sort().join(",")}\u0000${request}`;
}

/**
 * The Apollo plugin: after the operation is resolved and authorized (access and cost plugins ran), a kept
 * answer is returned instead of executing; otherwise the answer is kept once it is sent without errors, and
 * the same question arriving while it is computed waits for it instead of computing it again (Apollo calls
 * willSendResponse for every request that got this far, errors included, so no one waits for ever).
 * When the version cannot be read because Neo4j is unavailable or timing out, the request fails with that
 * error at once (its resolvers would wait for the same database again); on any other failure to read it, the
 * request runs as if there were no cache.
 */
export function answerCachePlugin(options: AnswerCacheOptions): ApolloServerPlugin<RequestContext> {
  const { cache } = options;
  /** Answers being computed, by key: the same question arriving meanwhile waits for it (single flight). */
  const computing = new Map<string, Promise<Record<string, unknown> | undefined>>();
  return {
    async requestDidStart({ contextValue }) {
      let key: string | undefined;
      let hit = false;
      let settle: ((data: Record<string, unknown> | undefined) => void) | undefined;
      const done = (outcome: AnswerCacheOutcome) => {
        (contextValue as WithOutcome)[OUTCOME] = outcome;
        options.onOutcome?.(outcome);
      };
      return {
        async didResolveOperation(rc) {
          const { queryHash, operation } = rc;
          if (operation?.operation !== "query" || isIntrospection(operation) || !queryHash) return;
          const request = requestKey({
            queryHash,
            operationName: rc.operationName,
            variables: rc.request.variables,
            owner: rc.request,
          });
          if (request === undefined) return;
          let version: string;
          try {
            version = await options.version(rc.contextValue);
          } catch (error) {
            // Neo4j unavailable or timing out: the operation could not run either, so it fails now with that
            // error instead of waiting for it a second time.
            if (isAppError(error) && error.code.startsWith("DB_")) throw toGraphQLError(error);
            return;
          }
          key = answerKey(version, rc.contextValue.roles, request);
        },
        async responseForOperation(rc) {
          if (key === undefined) return null;
          let data = cache.get(key);
          if (!data) {
            const running = computing.get(key);
            if (running) {
              data = await running;
            } else {
              computing.set(key, new Promise((resolve) => (settle = resolve)));
            }
          }
          if (!data) return null;
          hit = true;
          done("hit");
          rc.response.http.headers.set("x-answer-cache", "hit");
          return { http: rc.response.http, body: { kind: "single", singleResult: { data } } };
        },
        async willSendResponse(rc) {
          if (hit || key === undefined) return;
          const body = rc.response.body;
          const result = body.kind === "single" ? body.singleResult : undefined;
          const data = result?.data;
          const keep = isAnswerToKeep(rc.contextValue) && result && !result.errors?.length && data;
          if (settle) {
            computing.delete(key);
            // Those waiting get this answer only if it may be kept; otherwise each runs its own.
            settle(keep ? data : undefined);
          }
          if (!keep) {
            rc.response.http.headers.set("x-answer-cache", "skip");
            return done("skip");
          }
          const text = JSON.stringify(data);
          if (cache.set(key, data, Buffer.byteLength(text))) SERIALIZED.set(data, text);
          rc.response.http.headers.set("x-answer-cache", "miss");
          done("miss");
        },
      };
    },
  };
}

function isIntrospection(operation: { selectionSet: { selections: readonly unknown[] } }): boolean {
  return operation.selectionSet.selections.some(
    (s) =>
      (s as { kind: string; name?: { value: string } }).kind === "Field" &&
      (s as { name: { value: string } }).name.value.startsWith("__"),
  );
}
