import { PARTY_TYPE, getDataObjectType } from "../../model/index.ts";
import type { NodeRule } from "../rule.ts";
import { problem } from "../rule.ts";

/** A node's status is one of its type's lifecycle statuses. */
export const status: NodeRule = (node, location) => {
  const lifecycle =
    node.type === PARTY_TYPE.name ? PARTY_TYPE.lifecycle : getDataObjectType(node.type)?.lifecycle;
  if (!lifecycle || typeof node.status !== "string" || node.status === "") return [];
  return lifecycle.statuses.includes(node.status)
    ? []
    : [
        problem(
          `${location}/status`,
          "status",
          "INVALID_STATUS",
          `"${node.status}" is not a status of ${node.type}. Allowed: ${lifecycle.statuses.join(", ")}.`,
        ),
      ];
};
