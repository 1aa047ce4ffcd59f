import { attributesOf, isNodeType } from "../../model/index.ts";
import type { AttributeDef } from "../../model/index.ts";
import type { NodeRule } from "../rule.ts";
import { problem } from "../rule.ts";
import { attributeValueProblem } from "./attribute-value.ts";

const TOP_LEVEL = new Set(["id", "name", "status"]);

/**
 * A node's properties are attributes of its type (no unknown names), every required attribute is present,
 * and every value has the attribute's type and, where the model closes the set, one of its values.
 */
export const attributes: NodeRule = (node, location) => {
  if (!isNodeType(node.type)) return [];
  const defs = attributesOf(node.type);
  const byName = new Map<string, AttributeDef>(defs.map((d) => [d.name, d]));
  const props = node.properties ?? {};
  if (typeof props !== "object" || Array.isArray(props)) {
    return [
      problem(
        `${location}/properties`,
        "properties",
        "WRONG_TYPE",
        "properties must be an object of attribute values.",
      ),
    ];
  }
  const found = [];
  for (const [name, value] of Object.entries(props)) {
    const def = byName.get(name);
    const at = `${location}/properties/${name}`;
    if (!def || TOP_LEVEL.has(name)) {
      found.push(
        problem(
          at,
          name,
          "UNKNOWN_ATTRIBUTE",
          TOP_LEVEL.has(name)
            ? `"${name}" belongs at the top level of the node, not in properties.`
            : `${node.type} has no attribute "${name}". Its attributes: ${defs
                .filter((d) => !TOP_LEVEL.has(d.name))
                .map((d) => d.name)
                .join(", ")}.`,
        ),
      );
      continue;
    }
    if (value === null || value === undefined || value === "") continue;
    const wrong = attributeValueProblem(def, value);
    if (wrong) found.push(problem(at, name, wrong.code, `${node.type}.${name}: ${wrong.message}`));
  }
  for (const def of defs) {
    if (!def.required || TOP_LEVEL.has(def.name)) continue;
    const value = props[def.name];
    if (value === undefined || value === null || value === "") {
      found.push(
        problem(
          `${location}/properties/${def.name}`,
          def.name,
          "MISSING_REQUIRED",
          `${node.type} requires the attribute "${def.name}" (${def.description}).`,
        ),
      );
    }
  }
  return found;
};
