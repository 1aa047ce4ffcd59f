import type { GraphQLResolveInfo, SelectionSetNode } from "graphql";

/**
 * True when the query selects a field of this name anywhere below the resolved field (through inline
 * fragments and named fragments too). Lineage and impact ship node and link properties only when a caller
 * asks for them: the graph view needs ids, names and types; exports ask for the rest. Without `info` (a
 * direct call) the answer is true, so nothing is ever left out by accident.
 */
export function selectsField(info: GraphQLResolveInfo | undefined, name: string): boolean {
  if (!info) return true;
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === "Field") return s.name.value === name || visit(s.selectionSet);
      if (s.kind === "InlineFragment") return visit(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return visit(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((f) => visit(f.selectionSet));
}
