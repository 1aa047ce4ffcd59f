import { ALL_RELATIONSHIPS, allowedRelationship, isRelationshipType } from "../../model/index.ts";
import type { RelationshipRule } from "../rule.ts";
import { problem } from "../rule.ts";

/**
 * Both ends exist (in the document or the database) and the meta-model allows this relationship type
 * between their two types, in this direction.
 */
export const relationshipAllowed: RelationshipRule = (rel, location, ids) => {
  if (typeof rel.from !== "string" || typeof rel.to !== "string" || !isRelationshipType(rel.type)) return [];
  const fromType = ids.typeOf(rel.from);
  const toType = ids.typeOf(rel.to);
  const found = [];
  for (const [field, id, type] of [
    ["from", rel.from, fromType],
    ["to", rel.to, toType],
  ] as const) {
    if (type === undefined && id !== "") {
      found.push(
        problem(
          `${location}/${field}`,
          field,
          "DANGLING_ENDPOINT",
          `"${id}" is neither in this document nor in the database.`,
        ),
      );
    }
  }
  if (fromType === undefined || toType === undefined) return found;
  if (!allowedRelationship(fromType, rel.type, toType)) {
    const pairs = ALL_RELATIONSHIPS.filter((r) => r.type === rel.type && r.kind === "lineage")
      .map((r) => `${r.from} -> ${r.to}`)
      .slice(0, 12);
    found.push(
      problem(
        location,
        "type",
        "RELATIONSHIP_NOT_ALLOWED",
        `${fromType} -[${rel.type}]-> ${toType} is not allowed by the IT4IT model` +
          (pairs.length > 0
            ? `; ${rel.type} joins ${pairs.join(", ")}.`
            : `; ${rel.type} goes from a Party to a data object.`),
      ),
    );
  }
  return found;
};
