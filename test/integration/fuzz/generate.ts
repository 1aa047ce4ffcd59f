import { getNamedType } from "graphql";
import type { GraphQLArgument, GraphQLInputType, GraphQLSchema } from "graphql";
import { CYPHER_STRINGS, HOSTILE_STRINGS, UNICODE_STRINGS } from "./hostile-strings.ts";
import { deepDocument, fieldDocument, printLiteral, rootFields, valueFor } from "./schema-documents.ts";
import type { Built, RootFields } from "./schema-documents.ts";
import { Random } from "../../../seed/generator/random.ts";

/**
 * The seeded fuzz request generator: a deterministic stream of hostile and malformed HTTP requests for
 * /graphql, built from the real schema. Pure (no I/O): the same seed and schema give the same requests.
 */

export const FUZZ_KINDS = {
  "schema-query": 22,
  "schema-variables": 12,
  "create-mutation": 8,
  "other-mutation": 4,
  "mutated-document": 14,
  "deep-nesting": 4,
  "alias-bomb": 4,
  "fragment-tricks": 4,
  "huge-list": 4,
  "wrong-variables": 6,
  "invalid-json": 8,
  oversized: 0.5,
  unicode: 5,
  transport: 4.5,
} as const;

export type FuzzKind = keyof typeof FUZZ_KINDS;
export type FuzzRole = "anonymous" | "viewer" | "auditor" | "editor" | "garbage-token";

export interface FuzzRequest {
  index: number;
  kind: FuzzKind;
  method: string;
  /** Path and query string, e.g. "/graphql" or "/graphql?query=...". */
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  role: FuzzRole;
}

export interface FuzzOptions {
  schema: GraphQLSchema;
  seed: number;
  count: number;
  /** Ids of created objects start with this, so the test can find and remove them. */
  idPrefix: string;
  /** The server's MAX_BODY_BYTES: oversized bodies are a little larger. */
  maxBodyBytes: number;
}

const JSON_HEADERS = { "content-type": "application/json" };

/** Yields `count` requests, lazily (oversized bodies are built only when reached). */
export function* fuzzRequests(options: FuzzOptions): Generator<FuzzRequest> {
  const r = new Random(options.seed);
  const roots = rootFields(options.schema);
  for (let index = 0; index < options.count; index++) {
    const kind = r.weighted(FUZZ_KINDS);
    const role: FuzzRole = r.weighted({
      anonymous: 4,
      viewer: 40,
      auditor: 20,
      editor: 32,
      "garbage-token": 4,
    });
    const partial = build(kind, r, roots, options, index);
    yield {
      index,
      kind,
      method: "POST",
      path: "/graphql",
      headers: JSON_HEADERS,
      role,
      ...partial,
      // Only creates are sent with write rights: other mutations as editor could delete other tests' data.
      ...(kind === "other-mutation" && role === "editor" ? { role: "auditor" as const } : {}),
    };
  }
}

/** What one kind decides; method, path and headers default to a JSON POST to /graphql. */
type RequestParts = Pick<FuzzRequest, "body"> & Partial<Pick<FuzzRequest, "method" | "path" | "headers">>;

const json = (built: Built | Record<string, unknown>): { body: string } => ({ body: JSON.stringify(built) });

function build(kind: FuzzKind, r: Random, roots: RootFields, o: FuzzOptions, index: number): RequestParts {
  const doc = (useVariables: boolean, wrongTypeRate = 0.05) =>
    fieldDocument("query", r.pick(roots.queries), r, { useVariables, wrongTypeRate, maxDepth: r.int(0, 3) });
  switch (kind) {
    case "schema-query":
      return json(doc(false));
    case "schema-variables":
      return json(doc(true));
    case "wrong-variables":
      return json(doc(true, 0.6));
    case "create-mutation": {
      const field = r.pick(roots.creates);
      const inputType = getNamedType((field.args[0] as GraphQLArgument).type) as GraphQLInputType;
      const item = valueFor(inputType, r, { wrongTypeRate: 0, maxDepth: 0, useVariables: false }, 3);
      const input = [{ ...(item as object), id: `${o.idPrefix}-${index}-${r.pick(HOSTILE_STRINGS)}` }];
      return json(
        fieldDocument(
          "mutation",
          field,
          r,
          { useVariables: r.chance(0.5), wrongTypeRate: 0, maxDepth: 1 },
          { input },
        ),
      );
    }
    case "other-mutation":
      return json(
        fieldDocument("mutation", r.pick(roots.otherMutations), r, {
          useVariables: r.chance(0.5),
          wrongTypeRate: 0.1,
          maxDepth: 1,
        }),
      );
    case "mutated-document":
      return json({ ...doc(r.chance(0.3)), query: mutate(doc(false).query, r) });
    case "deep-nesting":
      return r.chance(0.7)
        ? json({ query: deepDocument(roots, r, r.int(8, 80)) })
        : { body: `{"query":"{ __typename }","variables":{"deep":${nestedArray(r.int(100, 20_000))}}}` };
    case "alias-bomb": {
      const n = r.int(31, 3000);
      const field = r.pick([
        "__typename",
        `search(text: "x") { id }`,
        "incidents(limit: 1) { id }",
        "overview { totalNodes }",
      ]);
      return json({ query: `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(" ")} }` });
    }
    case "fragment-tricks":
      return json({ query: fragmentTrick(r) });
    case "huge-list": {
      const n = r.int(1000, 50_000);
      const ids = Array.from({ length: n }, (_, i) => `${r.pick(CYPHER_STRINGS)}${i}`);
      return r.chance(0.5)
        ? json({
            query: `query ($ids: [ID!]) { incidents(where: { id: { in: $ids } }, limit: 5) { id } }`,
            variables: { ids },
          })
        : json({
            query: `{ incidents(limit: ${r.pick(["1000000", "2147483647", "99999999999999999999", "-1", "0"])}) { id } incidentsConnection(first: ${r.pick(["100000", "2147483648", "-5"])}) { totalCount } }`,
          });
    }
    case "invalid-json":
      return { body: invalidJson(r) };
    case "oversized":
      return json({
        query: "{ __typename }",
        variables: { pad: "x".repeat(o.maxBodyBytes + r.int(1, 4096)) },
      });
    case "unicode":
      return unicode(r);
    case "transport":
      return transport(r);
  }
}

/** Byte-level damage to a valid document: deletions, duplications, stray punctuation, truncation. */
function mutate(query: string, r: Random): string {
  let q = query;
  for (let i = r.int(1, 6); i > 0; i--) {
    const at = r.int(0, Math.max(0, q.length - 1));
    const op = r.int(0, 4);
    if (op === 0) q = q.slice(0, at) + q.slice(at + r.int(1, 10));
    else if (op === 1)
      q =
        q.slice(0, at) +
        r.pick(["{", "}", "(", ")", "$", "@", "...", ":", '"', "#", "!", "[", "]", "\\"]) +
        q.slice(at);
    else if (op === 2) q = q.slice(0, at) + q.slice(at, at + r.int(1, 40)).repeat(r.int(2, 5)) + q.slice(at);
    else if (op === 3) q = q.slice(0, at);
    else
      q =
        q.slice(0, at) +
        r.pick(["query", "mutation", "subscription", "fragment", "on", "null", "__schema"]) +
        q.slice(at);
  }
  return q;
}

/** JSON text of arrays nested `depth` deep (built as text: JSON.stringify would overflow the stack). */
function nestedArray(depth: number): string {
  return `${"[".repeat(depth)}${"]".repeat(depth)}`;
}

function fragmentTrick(r: Random): string {
  switch (r.int(0, 6)) {
    case 0:
      return `{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }`;
    case 1: {
      const n = r.int(10, 25);
      const frags = Array.from(
        { length: n },
        (_, i) => `fragment F${i} on Query { __typename ${i + 1 < n ? `...F${i + 1} ...F${i + 1}` : ""} }`,
      );
      return `{ ...F0 } ${frags.join(" ")}`;
    }
    case 2:
      return `{ __typename ${"@include(if: true) ".repeat(r.int(50, 500))}}`;
    case 3:
      return `{ __typename @nope(x: 1) incidents(limit: 1) @skip(if: $undefined) { id } }`;
    case 4:
      return `{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }`;
    case 5:
      return `query A { __typename } query A { __typename } query { __typename }`;
    default:
      return `subscription { incidents { id } }`;
  }
}

function invalidJson(r: Random): string {
  const valid = JSON.stringify({ query: "{ __typename }" });
  return r.pick([
    valid.slice(0, r.int(0, valid.length - 1)),
    `{"query": "{ __typename }",}`,
    `{'query': '{ __typename }'}`,
    "[]",
    `[{"query": "{ __typename }"}, {"query": "{ __typename }"}]`,
    "null",
    "42",
    `"{ __typename }"`,
    `{"query": 5}`,
    `{"query": null}`,
    `{"query": ["{ __typename }"]}`,
    `{"query": "{ __typename }", "variables": "x"}`,
    `{"query": "{ __typename }", "variables": [1]}`,
    `{"query": "{ __typename }", "operationName": 7}`,
    `{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": 5}}}`,
    `{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "${"a".repeat(64)}"}}}`,
    `{"__proto__": {"query": "{ __typename }"}, "constructor": {"prototype": {"polluted": true}}}`,
    "\u0000\u0001\u0002",
    "{".repeat(r.int(1000, 100_000)),
    `{"query": "${"\\".repeat(7)}"}`,
  ]);
}

function unicode(r: Random): RequestParts {
  const s = r.pick([...UNICODE_STRINGS, ...CYPHER_STRINGS]);
  switch (r.int(0, 3)) {
    case 0:
      return json({ query: `query ($t: String!) { search(text: $t) { id name } }`, variables: { t: s } });
    case 1:
      return json({ query: `{ details(id: ${printLiteral(s)}) { node { id } } }` });
    case 2: {
      // Raw bytes that are not valid UTF-8 (overlong encodings, lone continuation bytes) inside a string.
      const prefix = Buffer.from(`{"query":"{ search(text: \\"`);
      const bad = Buffer.from(
        r.pick([[0xc0, 0xaf], [0x80], [0xed, 0xa0, 0x80], [0xff, 0xfe], [0xf8, 0x88, 0x80, 0x80, 0x80]]),
      );
      return { body: new Uint8Array(Buffer.concat([prefix, bad, Buffer.from(`\\") { id } }"}`)])) };
    }
    default:
      return json({
        query: `{ ${r.pick(["ñame", "𝕳", "id\u0000", "\uFEFFincidents", "incidents\u200B"])} }`,
      });
  }
}

function transport(r: Random): RequestParts {
  const q = encodeURIComponent(
    r.pick([
      "{ __typename }",
      "{ incidents(limit: 1) { id } }",
      "mutation { deletePolicies { nodesDeleted } }",
    ]),
  );
  switch (r.int(0, 7)) {
    case 0:
      return { method: "GET", path: `/graphql?query=${q}`, headers: {} };
    case 1:
      return { method: "GET", path: `/graphql?query=${q}`, headers: { "apollo-require-preflight": "true" } };
    case 2:
      return { headers: { "content-type": "text/plain" }, body: "{ __typename }" };
    case 3:
      return { headers: { "content-type": "application/x-www-form-urlencoded" }, body: `query=${q}` };
    case 4:
      return {
        method: r.pick(["PUT", "DELETE", "PATCH"]),
        body: JSON.stringify({ query: "{ __typename }" }),
      };
    case 5:
      return {
        headers: {
          "content-type": "application/json",
          "x-request-id": r.pick(["<script>", "a".repeat(500), "ok-id", "\u00e9"]),
        },
        body: JSON.stringify({ query: "{ __typename }" }),
      };
    case 6:
      return {
        headers: { "content-type": "application/json; charset=latin1" },
        body: JSON.stringify({ query: "{ __typename }" }),
      };
    default:
      return {
        method: "GET",
        path: `/graphql?query=${q}&variables=${encodeURIComponent(r.pick(["{", "[]", "null", '{"a":1}']))}`,
        headers: { "apollo-require-preflight": "true" },
      };
  }
}
