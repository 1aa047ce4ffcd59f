import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { buildSchema as parseSchema, findBreakingChanges, isObjectType } from "graphql";
import type { GraphQLSchema } from "graphql";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATA_OBJECT_TYPE_NAMES, PARTY_TYPE } from "../../../../server/model/index.ts";
import {
  AUGMENTED_SNAPSHOT_PATH,
  buildSchema,
  graphqlTypeName,
  printSortedSchema,
  queryFieldName,
} from "../../../../server/schema/index.ts";

/**
 * The augmented schema (what clients see) is snapshotted, sorted and printed. Any breaking change against the
 * committed snapshot fails; additive changes fail too until the snapshot is updated on purpose with
 * `UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run --project unit test/unit/server/schema`.
 */
const update = process.env.UPDATE_SCHEMA_SNAPSHOT === "1";
// Building the schema needs a driver object but never connects.
const driver = neo4j.driver("bolt://127.0.0.1:1", neo4j.auth.basic("neo4j", "unused"));
let schema: GraphQLSchema;
let printed: string;

beforeAll(async () => {
  schema = (await buildSchema({ driver })).schema;
  printed = printSortedSchema(schema);
}, 60_000);
afterAll(() => driver.close());

describe("augmented schema", () => {
  it("has no breaking change against the committed snapshot", () => {
    if (!existsSync(AUGMENTED_SNAPSHOT_PATH)) {
      expect(update, `no snapshot at ${AUGMENTED_SNAPSHOT_PATH}: run with UPDATE_SCHEMA_SNAPSHOT=1`).toBe(
        true,
      );
      return;
    }
    const previous = parseSchema(readFileSync(AUGMENTED_SNAPSHOT_PATH, "utf8"), { assumeValidSDL: true });
    const breaking = findBreakingChanges(previous, schema).map((c) => `${c.type}: ${c.description}`);
    if (update && breaking.length > 0) {
      console.warn(
        `Updating the snapshot with ${breaking.length} breaking change(s):\n${breaking.join("\n")}`,
      );
      return;
    }
    expect(breaking).toEqual([]);
  });

  it("matches the committed snapshot (update it deliberately with UPDATE_SCHEMA_SNAPSHOT=1)", () => {
    if (update) writeFileSync(AUGMENTED_SNAPSHOT_PATH, printed);
    expect(printed).toBe(readFileSync(AUGMENTED_SNAPSHOT_PATH, "utf8"));
  });

  it.each([...DATA_OBJECT_TYPE_NAMES, PARTY_TYPE.name])(
    "%s: list query, connection, sorting, filters, aggregation, create/update/delete",
    (name) => {
      const type = graphqlTypeName(name);
      const plural = queryFieldName(type);
      const capital = plural.charAt(0).toUpperCase() + plural.slice(1);
      const query = schema.getQueryType()?.getFields() ?? {};
      const mutation = schema.getMutationType()?.getFields() ?? {};
      expect(query[plural]?.args.map((a) => a.name).sort()).toEqual(["limit", "offset", "sort", "where"]);
      expect(query[`${plural}Connection`]?.args.map((a) => a.name).sort()).toEqual([
        "after",
        "first",
        "sort",
        "where",
      ]);
      const connection = schema.getType(`${capital}Connection`);
      expect(isObjectType(connection) && Object.keys(connection.getFields()).sort()).toEqual([
        "aggregate",
        "edges",
        "pageInfo",
        "totalCount",
      ]);
      expect(schema.getType(`${type}Where`)).toBeDefined();
      expect(schema.getType(`${type}Sort`)).toBeDefined();
      for (const op of ["create", "update", "delete"]) expect(mutation[`${op}${capital}`]).toBeDefined();
    },
  );
});
