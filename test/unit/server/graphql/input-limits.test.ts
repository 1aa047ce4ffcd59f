import { readFileSync } from "node:fs";
import { buildSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { AppError } from "../../../../server/errors/index.ts";
import { checkInputLimits } from "../../../../server/graphql/input-limits.ts";
import { AUGMENTED_SNAPSHOT_PATH } from "../../../../server/schema/index.ts";

const schema = buildSchema(readFileSync(AUGMENTED_SNAPSHOT_PATH, "utf8"));
const LIMITS = { maxListItems: 1000, maxStringLength: 1000, maxVariablesBytes: 100 * 1024 };
const IN = `query ($l: [ID!]) { dataObjects(where: { id: { in: $l } }) { id } }`;

function refusal(
  query: string,
  variables?: unknown,
  operationName?: string,
  freeForm = false,
): AppError | undefined {
  try {
    checkInputLimits({ schema, query, variables, operationName, freeForm }, LIMITS);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  return undefined;
}

describe("checkInputLimits", () => {
  it("accepts lists and strings up to the limits", () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `ID-${i}`);
    expect(refusal(IN, { l: ids })).toBeUndefined();
    expect(
      refusal(`query ($t: String!) { search(text: $t) { id } }`, { t: "x".repeat(1000) }),
    ).toBeUndefined();
  });

  it("refuses a list variable over MAX_LIST_ITEMS as BAD_USER_INPUT, naming the variable", () => {
    const error = refusal(IN, { l: Array.from({ length: 150_000 }, (_, i) => `ID-${i}`) });
    expect(error?.code).toBe("BAD_USER_INPUT");
    expect(error?.message).toMatch(/Variable \$l has 150000 items; at most 1000/);
    expect(error?.details).toMatchObject({ reason: "LIST_TOO_LONG", maxListItems: 1000 });
  });

  it("refuses long strings nested in filter variables and in the document", () => {
    const filter = `query ($w: IncidentWhere) { incidents(where: $w) { id } }`;
    const nested = refusal(filter, { w: { OR: [{ name: { contains: "y".repeat(1001) } }] } });
    expect(nested?.code).toBe("BAD_USER_INPUT");
    expect(nested?.details).toMatchObject({ reason: "STRING_TOO_LONG" });
    const literal = refusal(`{ search(text: "${"w".repeat(5000)}") { id } }`);
    expect(literal?.details).toMatchObject({ reason: "STRING_TOO_LONG", maxStringLength: 1000 });
  });

  it("refuses objects with more fields than MAX_LIST_ITEMS (unknown fields cost suggestions to coerce)", () => {
    const w = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`f${i}`, 1]));
    expect(refusal(`query ($w: IncidentWhere) { incidents(where: $w) { id } }`, { w })?.code).toBe(
      "BAD_USER_INPUT",
    );
  });

  it("refuses variables larger than MAX_VARIABLES_BYTES as LIMIT_EXCEEDED", () => {
    const ids = Array.from({ length: 1000 }, () => "z".repeat(200));
    const error = refusal(IN, { l: ids });
    expect(error?.code).toBe("LIMIT_EXCEEDED");
    expect(error?.details).toEqual({ maxVariablesBytes: LIMITS.maxVariablesBytes });
  });

  it("leaves importGraph's free-form JSON document to the importer, for editors only", () => {
    const document = {
      nodes: Array.from({ length: 3000 }, (_, i) => ({ id: `N${i}`, description: "d".repeat(2000) })),
    };
    const mutation = `mutation ($d: JSON!) { importGraph(document: $d) { ok } }`;
    expect(refusal(mutation, { d: document }, undefined, true)).toBeUndefined();
    const literal = `mutation { importGraph(document: { a: "${"d".repeat(2000)}" }) { ok } }`;
    expect(refusal(literal, undefined, undefined, true)).toBeUndefined();
    expect(refusal(mutation, { d: document })?.code).toBe("BAD_USER_INPUT");
    expect(refusal(literal)?.code).toBe("BAD_USER_INPUT");
  });

  it("checks the named operation's variables, and leaves unparsable documents to Apollo", () => {
    const two = `query A ($l: [ID!]) { dataObjects(where: { id: { in: $l } }) { id } } query B { overview { totalNodes } }`;
    const long = { l: Array.from({ length: 2000 }, () => "x") };
    expect(refusal(two, long, "A")?.code).toBe("BAD_USER_INPUT");
    expect(refusal(two, long, "B")).toBeUndefined();
    expect(refusal("{ broken", long)).toBeUndefined();
  });
});
