import { GraphQLError, Kind } from "graphql";
import type { ASTVisitor, SelectionSetNode, ValidationContext } from "graphql";

const INTROSPECTION_ROOTS = new Set(["__schema", "__type"]);

/**
 * Validation rule: an operation may select `__schema` or `__type` once (fragments expanded). Introspection is
 * skipped by the depth limit and answers megabytes for one small selection, so aliased copies of it are the
 * cheapest way to make the server work; one copy is all a tool needs. server/graphql/format-error.ts reports
 * this message as LIMIT_EXCEEDED.
 */
export function singleIntrospectionRule(context: ValidationContext): ASTVisitor {
  // Copies per fragment, counted once: fragments that spread each other twice per level would otherwise be
  // walked 2^levels times (25 levels in a 1.3 kB document held the event loop for tens of seconds).
  const perFragment = new Map<string, number>();
  return {
    OperationDefinition(node) {
      const copies = countIntrospection(node.selectionSet, context, perFragment, new Set());
      if (copies > 1) {
        context.reportError(
          new GraphQLError(
            `The operation selects introspection (__schema / __type) ${copies} times; select it once per request.`,
            { nodes: [node] },
          ),
        );
      }
    },
  };
}

function countIntrospection(
  set: SelectionSetNode,
  context: ValidationContext,
  perFragment: Map<string, number>,
  active: Set<string>,
): number {
  let copies = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (INTROSPECTION_ROOTS.has(selection.name.value)) copies += 1;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      copies += countIntrospection(selection.selectionSet, context, perFragment, active);
    } else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      // A fragment cycle is reported by graphql-js's own rule.
      if (!fragment || active.has(name)) continue;
      let inFragment = perFragment.get(name);
      if (inFragment === undefined) {
        active.add(name);
        inFragment = countIntrospection(fragment.selectionSet, context, perFragment, active);
        active.delete(name);
        perFragment.set(name, inFragment);
      }
      copies += inFragment;
    }
  }
  return copies;
}
