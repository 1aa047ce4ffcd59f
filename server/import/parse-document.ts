import type { DocumentNode, DocumentRelationship, GraphDocument, ImportProblem } from "./document.ts";
import { problem } from "./rule.ts";

/**
 * Checks that a value (parsed JSON, or the mutation's JSON argument) has the document's outer shape:
 * an object with a `nodes` array and an optional `relationships` array of objects. Element contents are
 * checked by the validation rules.
 */
export function parseDocument(value: unknown): { document: GraphDocument; problems: ImportProblem[] } {
  const empty: GraphDocument = { nodes: [], relationships: [] };
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return {
      document: empty,
      problems: [
        problem(
          "/",
          null,
          "MALFORMED",
          'The document must be a JSON object: { "nodes": [...], "relationships": [...] }.',
        ),
      ],
    };
  }
  const record = value as Record<string, unknown>;
  const problems: ImportProblem[] = [];
  const list = <T>(key: string, required: boolean): T[] => {
    const items = record[key];
    if (items === undefined && !required) return [];
    if (!Array.isArray(items)) {
      problems.push(
        problem(`/${key}`, key, "MALFORMED", `"${key}" must be an array${required ? "" : " when present"}.`),
      );
      return [];
    }
    return items.filter((item, i) => {
      if (item !== null && typeof item === "object" && !Array.isArray(item)) return true;
      problems.push(
        problem(`/${key}/${i}`, null, "MALFORMED", `Each element of "${key}" must be an object.`),
      );
      return false;
    }) as T[];
  };
  const nodes = list<DocumentNode>("nodes", true);
  const relationships = list<DocumentRelationship>("relationships", false);
  for (const key of Object.keys(record)) {
    if (key !== "nodes" && key !== "relationships") {
      problems.push(
        problem(
          `/${key}`,
          key,
          "MALFORMED",
          `Unknown top-level key "${key}"; a document has "nodes" and "relationships".`,
        ),
      );
    }
  }
  return { document: { nodes, relationships }, problems };
}
