import { DATA_OBJECT_TYPE_NAMES, isNodeType } from "../../model/index.ts";
import type { NodeRule } from "../rule.ts";
import { problem } from "../rule.ts";

/** A node's type is an IT4IT data object type of the meta-model, or Party. */
export const knownType: NodeRule = (node, location) =>
  typeof node.type !== "string" || node.type === "" || isNodeType(node.type)
    ? []
    : [
        problem(
          `${location}/type`,
          "type",
          "UNKNOWN_TYPE",
          `"${node.type}" is not an IT4IT data object type (nor Party). Valid types: ${DATA_OBJECT_TYPE_NAMES.join(", ")}, Party.`,
        ),
      ];
