import type { NodeRule } from "../rule.ts";
import { problem } from "../rule.ts";

/** Every node has a non-empty string type, id and name, and a string status. */
export const nodeShape: NodeRule = (node, location) =>
  (["type", "id", "name", "status"] as const).flatMap((field) => {
    const value = (node as unknown as Record<string, unknown>)[field];
    if (typeof value === "string" && value.trim() !== "") return [];
    return [
      problem(
        `${location}/${field}`,
        field,
        value === undefined || value === null || value === "" ? "MISSING_REQUIRED" : "WRONG_TYPE",
        `Every node needs a non-empty string "${field}"${value === undefined || value === "" ? "" : `, got ${JSON.stringify(value)}`}.`,
      ),
    ];
  });
