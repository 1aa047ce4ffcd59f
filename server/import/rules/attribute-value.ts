import type { AttributeDef } from "../../model/index.ts";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Checks one attribute value against its definition: the GraphQL scalar type (Date/DateTime as ISO 8601
 * text) and the closed set of values where the model has one. Returns null when the value is valid.
 */
export function attributeValueProblem(
  def: AttributeDef,
  value: unknown,
): { code: "WRONG_TYPE" | "NOT_ALLOWED_VALUE"; message: string } | null {
  const wrong = (expected: string) => ({
    code: "WRONG_TYPE" as const,
    message: `expected ${expected}, got ${JSON.stringify(value)}.`,
  });
  switch (def.type) {
    case "String":
      if (typeof value !== "string") return wrong("a string");
      if (def.values && !def.values.includes(value))
        return { code: "NOT_ALLOWED_VALUE", message: `"${value}" is not one of ${def.values.join(", ")}.` };
      return null;
    case "Int":
      return typeof value === "number" && Number.isInteger(value) ? null : wrong("an integer");
    case "Float":
      return typeof value === "number" && Number.isFinite(value) ? null : wrong("a number");
    case "Boolean":
      return typeof value === "boolean" ? null : wrong("true or false");
    case "Date":
      return typeof value === "string" && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))
        ? null
        : wrong("a date like 2026-03-31");
    case "DateTime":
      return typeof value === "string" && ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))
        ? null
        : wrong("a date-time with a zone like 2026-03-31T09:30:00Z");
  }
}
