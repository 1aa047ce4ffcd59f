import type { NodeRule, RelationshipRule } from "../rule.ts";
import { attributes } from "./attributes.ts";
import { knownType } from "./known-type.ts";
import { linkProperties } from "./link-properties.ts";
import { nodeShape } from "./node-shape.ts";
import { relationshipAllowed } from "./relationship-allowed.ts";
import { relationshipShape } from "./relationship-shape.ts";
import { status } from "./status.ts";

/** The validation rules, one per file, applied to every node and relationship of an import. */
export const NODE_RULES: readonly NodeRule[] = [nodeShape, knownType, attributes, status];
export const RELATIONSHIP_RULES: readonly RelationshipRule[] = [
  relationshipShape,
  relationshipAllowed,
  linkProperties,
];
