/**
 * The IT4IT meta-model: the one source of truth for data object types, their attributes, value streams and
 * lanes, and the allowed relationships. The GraphQL SDL, the Neo4j constraints, the seed generator, import
 * validation and the client's legend all derive from it or are tested against it.
 */
export type {
  AttributeDef,
  AttributeType,
  Cardinality,
  DataObjectType,
  Lifecycle,
  ObjectClass,
  RelationshipDef,
  RelationshipKind,
  RelationshipVerb,
  ValueStream,
  ValueStream30,
} from "./types.ts";
export {
  COMMON_ATTRIBUTES,
  COMMON_LINK_PROPERTIES,
  DECISIONS,
  PRIORITIES,
  SEVERITIES,
} from "./attributes.ts";
export { DATA_OBJECT_LABEL, DATA_OBJECT_TYPES, PARTY_TYPE } from "./data-objects.ts";
export { LIFECYCLES } from "./lifecycles.ts";
export { ACCOUNTABILITY_TYPES, LINEAGE_RELATIONSHIPS, RELATIONSHIP_VERBS } from "./relationships.ts";
export type { AccountabilityType } from "./relationships.ts";
export { VALUE_STREAMS, VALUE_STREAMS_30 } from "./value-streams.ts";
export {
  ACCOUNTABILITY_RELATIONSHIPS,
  ALL_RELATIONSHIPS,
  DATA_OBJECT_TYPE_NAMES,
  LINEAGE_TYPE_NAMES,
  RELATIONSHIP_TYPE_NAMES,
  allowedRelationship,
  attributesOf,
  getDataObjectType,
  isDataObjectType,
  isNodeType,
  isRelationshipType,
  lineageFrom,
  lineageTo,
  linkPropertiesOf,
  openStatuses,
  pluralTypeName,
  relationshipFieldName,
  relationshipVerb,
} from "./catalogue.ts";
