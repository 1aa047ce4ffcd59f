import { isRelationshipType, linkPropertiesOf } from "../../model/index.ts";
import type { RelationshipRule } from "../rule.ts";
import { problem } from "../rule.ts";
import { attributeValueProblem } from "./attribute-value.ts";

/** A relationship's properties are those its type may carry, with the right types; required ones present. */
export const linkProperties: RelationshipRule = (rel, location) => {
  if (!isRelationshipType(rel.type)) return [];
  const defs = linkPropertiesOf(rel.type);
  const props = rel.properties ?? {};
  const found = [];
  for (const [name, value] of Object.entries(props)) {
    const def = defs.find((d) => d.name === name);
    const at = `${location}/properties/${name}`;
    if (!def) {
      found.push(
        problem(
          at,
          name,
          "UNKNOWN_ATTRIBUTE",
          `${rel.type} links carry no property "${name}". Allowed: ${defs.map((d) => d.name).join(", ")}.`,
        ),
      );
      continue;
    }
    if (value === null || value === undefined || value === "") continue;
    const wrong = attributeValueProblem(def, value);
    if (wrong) found.push(problem(at, name, wrong.code, `${rel.type}.${name}: ${wrong.message}`));
  }
  for (const def of defs) {
    if (
      def.required &&
      (props[def.name] === undefined || props[def.name] === null || props[def.name] === "")
    ) {
      found.push(
        problem(
          `${location}/properties/${def.name}`,
          def.name,
          "MISSING_REQUIRED",
          `${rel.type} links require "${def.name}" (${def.description}).`,
        ),
      );
    }
  }
  return found;
};
