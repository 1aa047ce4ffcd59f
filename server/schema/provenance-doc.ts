import { fileURLToPath } from "node:url";
import {
  DATA_OBJECT_TYPES,
  LINEAGE_RELATIONSHIPS,
  LINK_ROLES,
  NOT_COUNTED,
  RELATIONSHIP_ROLES,
} from "../model/index.ts";

/** Where the generated page lives. */
export const PROVENANCE_DOC_PATH = fileURLToPath(new URL("../model/PROVENANCE.md", import.meta.url));

/**
 * The published page of what "traced" means: every relationship type with its role, the pairs it joins and
 * the IT4IT reason, and the types coverage does not count. Generated from the model (`npm run
 * schema:generate` writes server/model/PROVENANCE.md; a unit test fails when the file is stale).
 */
export function renderProvenanceDoc(): string {
  const label = (type: string) => DATA_OBJECT_TYPES.find((t) => t.name === type)?.label ?? type;
  const lines = [
    '# Relationship roles and what "traced" means',
    "",
    "Generated from `server/model/` by `npm run schema:generate`; do not edit by hand.",
    "",
    "An object is **traced** when a chain of *provenance* links leads from a Scope Agreement whose decision is",
    "APPROVED to it, each link walked the way authority flows (against its stored direction, except the two",
    "marked *reversed*). The audit trace, coverage and broken chains follow provenance links only; lineage and",
    "impact follow every role. Each relationship type has exactly one role.",
    "",
  ];
  for (const { role, label: roleLabel, meaning } of LINK_ROLES) {
    lines.push(`## ${roleLabel}`, "", meaning, "", "| type | joins | why |", "|---|---|---|");
    const types = Object.entries(RELATIONSHIP_ROLES).filter(([, def]) => def.role === role);
    for (const [type, def] of types) {
      const pairs = LINEAGE_RELATIONSHIPS.filter((r) => r.type === type)
        .map((r) => `${label(r.from)} → ${label(r.to)}${r.basis === "stated" ? "" : ` (${r.basis})`}`)
        .join("; ");
      const name = def.authority === "reversed" ? `\`${type}\` (reversed)` : `\`${type}\``;
      lines.push(`| ${name} | ${pairs} | ${def.why} |`);
    }
    lines.push("");
  }
  lines.push("## Types coverage does not count", "", "| type | why |", "|---|---|");
  for (const [type, reason] of Object.entries(NOT_COUNTED)) lines.push(`| ${label(type)} | ${reason} |`);
  lines.push("");
  return lines.join("\n");
}
