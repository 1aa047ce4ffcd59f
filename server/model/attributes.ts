import type { AttributeDef, AttributeType } from "./types.ts";

/** Builds an optional attribute definition; pass `required: true` or `values` through `options`. */
export function attr(
  name: string,
  type: AttributeType,
  description: string,
  options: { required?: boolean; values?: readonly string[] } = {},
): AttributeDef {
  return {
    name,
    type,
    description,
    required: options.required ?? false,
    ...(options.values ? { values: options.values } : {}),
  };
}

/** Attributes every data object (and Party) has, whatever its type. */
export const COMMON_ATTRIBUTES: readonly AttributeDef[] = [
  attr("id", "String", "Stable business key, unique across all types (e.g. INC-004211).", { required: true }),
  attr("name", "String", "Short human-readable name.", { required: true }),
  attr("status", "String", "Lifecycle status; the allowed values depend on the type.", { required: true }),
  attr("description", "String", "Free text."),
  attr("createdAt", "DateTime", "When the object was created in its source system."),
  attr("updatedAt", "DateTime", "When the object last changed."),
];

/** Properties every relationship may carry. */
export const COMMON_LINK_PROPERTIES: readonly AttributeDef[] = [
  attr("createdAt", "DateTime", "When the link was made."),
];

export const PRIORITIES = ["P1", "P2", "P3", "P4"] as const;
export const SEVERITIES = ["CRITICAL", "HIGH", "MEDIUM", "LOW"] as const;
export const DECISIONS = ["PROPOSED", "APPROVED", "REJECTED", "DEFERRED"] as const;
