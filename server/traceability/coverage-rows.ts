import { DATA_OBJECT_TYPES, VALUE_STREAMS, isCounted } from "../model/index.ts";

/** One row of the coverage report (GraphQL type Coverage). */
export interface Coverage {
  scope: "TYPE" | "VALUE_STREAM" | "TOTAL";
  type: string | null;
  valueStream: string | null;
  total: number;
  traced: number;
  ratio: number;
}

/**
 * Builds the coverage report from per-type totals and traced counts: one row per counted data object type
 * (lane order; the types coverage does not count are left out of every row), one per value stream, one
 * total. The ratio of an empty group is 0.
 */
export function coverageRows(
  totals: ReadonlyMap<string, number>,
  traced: ReadonlyMap<string, number>,
): Coverage[] {
  const row = (
    scope: Coverage["scope"],
    keys: { type?: string; valueStream?: string },
    total: number,
    tracedCount: number,
  ): Coverage => ({
    scope,
    type: keys.type ?? null,
    valueStream: keys.valueStream ?? null,
    total,
    traced: tracedCount,
    ratio: total === 0 ? 0 : Math.round((tracedCount / total) * 10000) / 10000,
  });
  const byType = DATA_OBJECT_TYPES.filter((t) => isCounted(t.name)).map((t) =>
    row(
      "TYPE",
      { type: t.name },
      totals.get(t.name) ?? 0,
      Math.min(traced.get(t.name) ?? 0, totals.get(t.name) ?? 0),
    ),
  );
  const byStream = VALUE_STREAMS.map((s) => {
    const rows = byType.filter((r) => DATA_OBJECT_TYPES.find((t) => t.name === r.type)?.valueStream === s.id);
    return row(
      "VALUE_STREAM",
      { valueStream: s.id },
      sum(rows.map((r) => r.total)),
      sum(rows.map((r) => r.traced)),
    );
  });
  const total = row("TOTAL", {}, sum(byType.map((r) => r.total)), sum(byType.map((r) => r.traced)));
  return [...byType, ...byStream, total];
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
