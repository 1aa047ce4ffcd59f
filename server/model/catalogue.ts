import { COMMON_ATTRIBUTES, COMMON_LINK_PROPERTIES } from "./attributes.ts";
import { DATA_OBJECT_TYPES, PARTY_TYPE } from "./data-objects.ts";
import { ACCOUNTABILITY_TYPES, LINEAGE_RELATIONSHIPS, RELATIONSHIP_VERBS } from "./relationships.ts";
import { RELATIONSHIP_ROLES } from "./roles.ts";
import type {
  AttributeDef,
  DataObjectType,
  RelationshipDef,
  RelationshipRole,
  RelationshipVerb,
} from "./types.ts";

/** Look-ups over the meta-model. Everything here is derived; nothing re-lists types or relationships. */

const TYPES_BY_NAME = new Map(DATA_OBJECT_TYPES.map((t) => [t.name, t]));

export const DATA_OBJECT_TYPE_NAMES: readonly string[] = DATA_OBJECT_TYPES.map((t) => t.name);

export function isDataObjectType(name: string): boolean {
  return TYPES_BY_NAME.has(name);
}

export function getDataObjectType(name: string): DataObjectType | undefined {
  return TYPES_BY_NAME.get(name);
}

/** Types a node may have: the data object types and Party. */
export function isNodeType(name: string): boolean {
  return TYPES_BY_NAME.has(name) || name === PARTY_TYPE.name;
}

/** Accountability links: every Party -[OWNS|APPROVED|ASSIGNED_TO]-> data object pair. */
export const ACCOUNTABILITY_RELATIONSHIPS: readonly RelationshipDef[] = ACCOUNTABILITY_TYPES.flatMap((type) =>
  DATA_OBJECT_TYPES.map((t): RelationshipDef => ({
    from: PARTY_TYPE.name,
    type,
    to: t.name,
    cardinality: "n:m",
    kind: "accountability",
    role: "accountability",
    extension: false,
    basis: "stated",
    note: "accountability, not lineage",
  })),
);

export const ALL_RELATIONSHIPS: readonly RelationshipDef[] = [
  ...LINEAGE_RELATIONSHIPS,
  ...ACCOUNTABILITY_RELATIONSHIPS,
];

const TRIPLES = new Map(ALL_RELATIONSHIPS.map((r) => [`${r.from}|${r.type}|${r.to}`, r]));

/** The allowed relationship for (from, type, to), or undefined when the model does not allow it. */
export function allowedRelationship(from: string, type: string, to: string): RelationshipDef | undefined {
  return TRIPLES.get(`${from}|${type}|${to}`);
}

/** Distinct lineage relationship type names (the ones traversals follow), sorted. */
export const LINEAGE_TYPE_NAMES: readonly string[] = [
  ...new Set(LINEAGE_RELATIONSHIPS.map((r) => r.type)),
].sort();

/** Every relationship type name, lineage and accountability, sorted. */
export const RELATIONSHIP_TYPE_NAMES: readonly string[] = [
  ...new Set(ALL_RELATIONSHIPS.map((r) => r.type)),
].sort();

export function isRelationshipType(name: string): boolean {
  return RELATIONSHIP_VERBS[name] !== undefined;
}

/** GraphQL enum LinkRole: the role of a lineage link, upper case. */
export type LinkRole = Uppercase<Exclude<RelationshipRole, "accountability">>;

/** The role of a lineage link from its type, as the API names it (server and client read this one). */
export function linkRoleOf(type: string): LinkRole {
  const role = relationshipRole(type);
  if (role === "accountability") throw new Error(`cannot happen: ${type} is not a lineage link`);
  return role.toUpperCase() as LinkRole;
}

/** The role of a relationship type (one per type): provenance, reference, operational, feedback or accountability. */
export function relationshipRole(type: string): RelationshipRole {
  if ((ACCOUNTABILITY_TYPES as readonly string[]).includes(type)) return "accountability";
  const role = RELATIONSHIP_ROLES[type]?.role;
  if (!role) throw new Error(`cannot happen: relationship type ${type} has no role`);
  return role;
}

export function relationshipVerb(type: string): RelationshipVerb {
  const verb = RELATIONSHIP_VERBS[type];
  if (!verb) throw new Error(`cannot happen: relationship type ${type} has no verb`);
  return verb;
}

export const lineageFrom = (type: string): RelationshipDef[] =>
  LINEAGE_RELATIONSHIPS.filter((r) => r.from === type);
export const lineageTo = (type: string): RelationshipDef[] =>
  LINEAGE_RELATIONSHIPS.filter((r) => r.to === type);

/** All attributes of a node type: the common ones, then the type's own. */
export function attributesOf(typeName: string): readonly AttributeDef[] {
  if (typeName === PARTY_TYPE.name) return [...COMMON_ATTRIBUTES, ...PARTY_TYPE.attributes];
  const t = TYPES_BY_NAME.get(typeName);
  return t ? [...COMMON_ATTRIBUTES, ...t.attributes] : [];
}

/** Properties a link of this relationship type may carry: createdAt plus the type's own. */
export function linkPropertiesOf(type: string): readonly AttributeDef[] {
  return [...COMMON_LINK_PROPERTIES, ...(RELATIONSHIP_VERBS[type]?.properties ?? [])];
}

/** Statuses of a type that count as open (not closed), e.g. an incident NEW, IN_PROGRESS or ON_HOLD. */
export function openStatuses(typeName: string): readonly string[] {
  const lifecycle =
    typeName === PARTY_TYPE.name ? PARTY_TYPE.lifecycle : TYPES_BY_NAME.get(typeName)?.lifecycle;
  return lifecycle ? lifecycle.statuses.filter((s) => !lifecycle.closed.includes(s)) : [];
}

/** English plural of a type name, for GraphQL field names: Policy -> Policies, RFC -> RFCs. */
export function pluralTypeName(name: string): string {
  return /[^aeiouAEIOU]y$/.test(name) ? `${name.slice(0, -1)}ies` : `${name}s`;
}

/**
 * GraphQL field name of a relationship on one of its ends: outgoing `raisesIncidents` on Event,
 * incoming `raisedByEvents` on Incident. Accountability links use `owners`, `approvers`, `assignees` on data
 * objects and `owns`, `approved`, `assignedTo` on Party.
 */
export function relationshipFieldName(rel: RelationshipDef, end: "outgoing" | "incoming"): string {
  const verb = relationshipVerb(rel.type);
  if (rel.kind === "accountability") {
    if (end === "outgoing") return verb.outgoing;
    if (!verb.partiesField) throw new Error(`cannot happen: ${rel.type} has no parties field`);
    return verb.partiesField;
  }
  return end === "outgoing"
    ? `${verb.outgoing}${pluralTypeName(rel.to)}`
    : `${verb.incoming}${pluralTypeName(rel.from)}`;
}
