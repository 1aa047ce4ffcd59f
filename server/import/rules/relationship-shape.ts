import { RELATIONSHIP_TYPE_NAMES, isRelationshipType } from "../../model/index.ts";
import type { RelationshipRule } from "../rule.ts";
import { problem } from "../rule.ts";

/** Every relationship has string type, from and to, and its type is one of the meta-model's. */
export const relationshipShape: RelationshipRule = (rel, location) => {
  const found = (["type", "from", "to"] as const).flatMap((field) => {
    const value = (rel as unknown as Record<string, unknown>)[field];
    return typeof value === "string" && value.trim() !== ""
      ? []
      : [
          problem(
            `${location}/${field}`,
            field,
            "MISSING_REQUIRED",
            `Every relationship needs a non-empty string "${field}".`,
          ),
        ];
  });
  if (typeof rel.type === "string" && rel.type !== "" && !isRelationshipType(rel.type)) {
    found.push(
      problem(
        `${location}/type`,
        "type",
        "UNKNOWN_RELATIONSHIP_TYPE",
        `"${rel.type}" is not an IT4IT relationship type. Valid types: ${RELATIONSHIP_TYPE_NAMES.join(", ")}.`,
      ),
    );
  }
  return found;
};
