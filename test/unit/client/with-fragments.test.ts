import { readFileSync } from "node:fs";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { withFragments } from "../../../client/src/api/with-fragments.ts";
import { AUGMENTED_SNAPSHOT_PATH } from "../../../server/schema/index.ts";

const dir = new URL("../../../client/src/api/operations/", import.meta.url);
const fragments = readFileSync(new URL("fragments.graphql", dir), "utf8");
const OPERATIONS = [
  "broken-chains",
  "coverage",
  "details",
  "impact",
  "lineage",
  "overview",
  "search",
  "trace",
];

describe("withFragments", () => {
  it("appends just the fragments an operation spreads", () => {
    const doc = withFragments('query Q { search(text: "x") { ...NodeFields } }', fragments);
    expect(doc).toContain("fragment NodeFields on GraphNode");
    expect(doc).not.toContain("fragment EdgeFields");
    expect(doc).not.toContain("fragment PartyFields");
  });

  it("names a fragment it does not know, and leaves inline fragments alone", () => {
    expect(() => withFragments("query Q { x { ...Missing } }", fragments)).toThrow(/\.\.\.Missing/);
    expect(withFragments("query Q { x { ... on GraphNode { id } } }", fragments)).toBe(
      "query Q { x { ... on GraphNode { id } } }",
    );
  });

  it("gives every client operation as a document the server's schema accepts", () => {
    const schema = buildSchema(readFileSync(AUGMENTED_SNAPSHOT_PATH, "utf8"));
    for (const name of OPERATIONS) {
      const doc = withFragments(readFileSync(new URL(`${name}.graphql`, dir), "utf8"), fragments);
      expect(validate(schema, parse(doc)).map((e) => `${name}: ${e.message}`)).toEqual([]);
    }
  });
});
