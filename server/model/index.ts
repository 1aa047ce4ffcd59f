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
  RelationshipRole,
  RelationshipVerb,
  StandardBasis,
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
export {
  ACCOUNTABILITY_TYPES,
  LINEAGE_RELATIONSHIPS,
  RELATIONSHIP_VERBS,
  RENAMED_RELATIONSHIPS,
} from "./relationships.ts";
export { LINK_ROLES, RELATIONSHIP_ROLES } from "./roles.ts";
export type { LinkRoleDef, RoleDef } from "./roles.ts";
export {
  COUNTED_TYPE_NAMES,
  NOT_COUNTED,
  PROVENANCE_RELATIONSHIPS,
  authorityLinks,
  isAuthorityReversed,
  isCounted,
} from "./provenance.ts";
export type { AuthorityLink } from "./provenance.ts";
export type { AccountabilityType } from "./relationships.ts";
export type { LinkRole } from "./catalogue.ts";
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
  linkRoleOf,
  linkPropertiesOf,
  openStatuses,
  pluralTypeName,
  relationshipFieldName,
  relationshipRole,
  relationshipVerb,
} from "./catalogue.ts";
