import { GraphQLError, getNamedType, isInterfaceType, isObjectType } from "graphql";
import type { ASTVisitor, ValidationContext } from "graphql";

/**
 * Validation rule: an alias may not be the name of another field of the same type (`totalCount: pageInfo`).
 * @neo4j/graphql reads its results by field name in places, so such an alias made it fail with an internal
 * error (found by the fuzz test); the caller gets a precise refusal instead. An alias equal to its own field
 * name, or any other alias, is fine.
 */
export function aliasShadowRule(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      const alias = node.alias?.value;
      if (!alias || alias === node.name.value) return;
      const parent = context.getParentType();
      const named = parent ? getNamedType(parent) : undefined;
      if (!named || !(isObjectType(named) || isInterfaceType(named))) return;
      if (!(alias in named.getFields())) return;
      context.reportError(
        new GraphQLError(
          `The alias "${alias}" on "${named.name}.${node.name.value}" is the name of another field of ${named.name}; choose an alias that is not a field name.`,
          { nodes: [node] },
        ),
      );
    },
  };
}
