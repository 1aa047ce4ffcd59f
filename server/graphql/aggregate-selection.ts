import { GraphQLError, getNamedType, isObjectType, Kind } from "graphql";
import type { SelectionSetNode, ValidationContext, ASTVisitor } from "graphql";

/**
 * Validation rule: an aggregate selection (`aggregate`, and `count` / `node` / `edge` inside it) or a
 * relationship's `properties` must ask for at least one real field. @neo4j/graphql answers a selection of
 * `__typename` alone with null on a non-null field, which would surface as an internal error; the caller gets a
 * precise one instead.
 */
export function aggregateSelectionRule(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      if (!node.selectionSet) return;
      const parent = context.getParentType();
      const isAggregate =
        /^aggregate$|Aggregate$|^properties$/.test(node.name.value) ||
        (parent != null && /Aggregate/.test(parent.name));
      if (!isAggregate) return;
      const type = context.getType();
      if (!type || !isObjectType(getNamedType(type))) return;
      if (selectsOnlyTypename(node.selectionSet, context, new Set())) {
        context.reportError(
          new GraphQLError(
            `"${parent?.name ?? "?"}.${node.name.value}" selects only __typename; select at least one of its fields (e.g. count { nodes }).`,
            { nodes: [node] },
          ),
        );
      }
    },
  };
}

function selectsOnlyTypename(set: SelectionSetNode, context: ValidationContext, seen: Set<string>): boolean {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== "__typename") return false;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!selectsOnlyTypename(selection.selectionSet, context, seen)) return false;
    } else {
      const name = selection.name.value;
      if (seen.has(name)) continue;
      seen.add(name);
      const fragment = context.getFragment(name);
      if (fragment && !selectsOnlyTypename(fragment.selectionSet, context, seen)) return false;
    }
  }
  return true;
}
