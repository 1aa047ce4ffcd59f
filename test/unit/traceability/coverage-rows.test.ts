import { describe, expect, it } from "vitest";
import { COUNTED_TYPE_NAMES, VALUE_STREAMS } from "../../../server/model/index.ts";
import { coverageRows } from "../../../server/traceability/coverage-rows.ts";

describe("coverageRows", () => {
  const rows = coverageRows(
    new Map([
      ["Incident", 10],
      ["Event", 30],
      ["ScopeAgreement", 4],
    ]),
    new Map([
      ["Incident", 7],
      ["Event", 30],
      ["ScopeAgreement", 2],
    ]),
  );

  it("has one row per counted type, per value stream and a total", () => {
    expect(rows.filter((r) => r.scope === "TYPE").map((r) => r.type)).toEqual(COUNTED_TYPE_NAMES);
    expect(rows.find((r) => r.type === "Policy")).toBeUndefined();
    expect(rows.filter((r) => r.scope === "VALUE_STREAM")).toHaveLength(VALUE_STREAMS.length);
    expect(rows.at(-1)).toEqual({
      scope: "TOTAL",
      type: null,
      valueStream: null,
      total: 44,
      traced: 39,
      ratio: 0.8864,
    });
  });

  it("sums types into their value stream", () => {
    expect(rows.find((r) => r.valueStream === "D2C")).toMatchObject({ total: 40, traced: 37, ratio: 0.925 });
    expect(rows.find((r) => r.valueStream === "S2P")).toMatchObject({ total: 4, traced: 2, ratio: 0.5 });
  });

  it("gives an empty group the ratio 0", () => {
    expect(rows.find((r) => r.type === "ConceptualService")).toMatchObject({ total: 0, traced: 0, ratio: 0 });
  });
});
