import { valueWords } from "./words.ts";
import { DATA_OBJECT_TYPES } from "../../../server/model/index.ts";
import { toCsv } from "./csv.ts";
import type { TracePath, TraceResult } from "./types.ts";

/** One row of the evidence table: a hop of the path with what an auditor needs to see. */
export interface EvidenceRow {
  step: number;
  id: string;
  type: string;
  name: string;
  status: string;
  /** The relationship that leads from this object to the next one on the path. */
  relationship: string;
  /** On the origin row: who approved it and when, one entry each. */
  approvals: string[];
  owners: string[];
  /** The policies governing the decision, by id. */
  policies: string[];
  /** When this step happened, as recorded (ISO), and which attribute says it. */
  when: { key: string; value: string } | null;
}

const DATE_KEYS = new Map(
  DATA_OBJECT_TYPES.map((t) => [
    t.name,
    t.attributes.filter((a) => a.type === "Date" || a.type === "DateTime").map((a) => a.name),
  ]),
);

/**
 * The date attributes a type has of its own (not createdAt/updatedAt), in the meta-model's order: the first one
 * an object holds says when that step of the chain happened (decidedAt, releasedAt, openedAt…).
 */
export function dateKeysOf(type: string): readonly string[] {
  return DATE_KEYS.get(type) ?? [];
}

/** The evidence table of one path, origin first. Approvals and owners appear on the origin row. */
export function evidenceRows(path: TracePath): EvidenceRow[] {
  return path.nodes.map((node, i) => {
    const dateKey = dateKeysOf(node.type).find((k) => typeof node.properties[k] === "string");
    const edge = path.edges[i];
    const origin = i === 0;
    return {
      step: i + 1,
      id: node.id,
      type: node.type,
      name: node.name,
      status: node.status ?? "",
      when: dateKey ? { key: dateKey, value: String(node.properties[dateKey]) } : null,
      relationship: edge ? edge.type : "",
      approvals: origin
        ? path.origin.approvals.map((a) => `${a.party.name}${a.at ? `, ${valueWords(a.at)}` : ""}`)
        : [],
      owners: origin ? path.origin.owners.map((o) => o.name) : [],
      policies: origin ? [...path.origin.policyIds] : [],
    };
  });
}

/** The trace as CSV: one row per hop per path, with the path number. */
export function traceCsv(trace: TraceResult): string {
  const rows = trace.paths.flatMap((path, p) =>
    evidenceRows(path).map((r) => [
      p + 1,
      r.step,
      r.id,
      r.type,
      r.name,
      r.status,
      r.when?.key ?? "",
      r.when?.value ?? "",
      r.relationship,
      r.approvals.join(" | "),
      r.owners.join(" | "),
      r.policies.join(" | "),
    ]),
  );
  return toCsv(
    [
      "path",
      "step",
      "id",
      "type",
      "name",
      "status",
      "date_attribute",
      "date",
      "relationship",
      "approved_by",
      "owned_by",
      "governed_by",
    ],
    rows,
  );
}
