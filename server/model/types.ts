/**
 * Types of the IT4IT meta-model (The Open Group IT4IT Reference Architecture 2.1 information model, with the
 * 3.0 value streams as a second view). The catalogue itself lives in data-objects.ts and relationships.ts.
 */

/** IT4IT 2.1 value streams, in value-chain order. */
export type ValueStream = "S2P" | "R2D" | "R2F" | "D2C";

/** IT4IT 3.0 value streams, in value-chain order. */
export type ValueStream30 =
  "Evaluate" | "Explore" | "Integrate" | "Deploy" | "Release" | "Consume" | "Operate";

/** B = service-model backbone, K = key data object, A = auxiliary data object. */
export type ObjectClass = "B" | "K" | "A";

/** Scalar types an attribute may have; they are GraphQL scalars and Neo4j property types at once. */
export type AttributeType = "String" | "Int" | "Float" | "Boolean" | "Date" | "DateTime";

export interface AttributeDef {
  readonly name: string;
  readonly type: AttributeType;
  readonly required: boolean;
  /** Closed set of allowed values (for String attributes), e.g. an incident's priority P1..P4. */
  readonly values?: readonly string[];
  readonly description: string;
}

/** A status lifecycle: every status a type may have, and which of them mean "closed" (not open). */
export interface Lifecycle {
  readonly statuses: readonly string[];
  readonly closed: readonly string[];
}

/** One IT4IT data object type (a Neo4j label and a GraphQL type of the same name). */
export interface DataObjectType {
  readonly name: string;
  /** Human label, e.g. "Scope Agreement". */
  readonly label: string;
  readonly description: string;
  readonly valueStream: ValueStream;
  readonly valueStream30: ValueStream30;
  /** The functional component that masters the object, e.g. "Proposal". */
  readonly functionalComponent: string;
  /** Left-to-right position in the lineage view (0 = strategy ... 19 = operations knowledge). */
  readonly lane: number;
  readonly objectClass: ObjectClass;
  /** Name in IT4IT 3.0, or null where 3.0 has none. */
  readonly name30: string | null;
  readonly lifecycle: Lifecycle;
  /** Attributes beyond the common ones (id, name, status, description, createdAt, updatedAt). */
  readonly attributes: readonly AttributeDef[];
}

/** Lineage links point the way impact flows; accountability links join a Party to what it owns or approved. */
export type RelationshipKind = "lineage" | "accountability";

export type Cardinality = "1:1" | "1:n" | "n:1" | "n:m";

/**
 * What a lineage link means for provenance (roles.ts): `provenance` links are the chain by which a service
 * comes to exist and reach operations (the audit trace and coverage follow only these); `reference`,
 * `operational` and `feedback` links are followed by lineage and impact only. Accountability links have the
 * role `accountability`.
 */
export type RelationshipRole = "provenance" | "reference" | "operational" | "feedback" | "accountability";

/** Whether the IT4IT standard states a relationship, implies it, or the product adds it. */
export type StandardBasis = "stated" | "inferred" | "extension";

/** One allowed (from, type, to) triple. The same type name may join several pairs (e.g. HAS_BLUEPRINT). */
export interface RelationshipDef {
  readonly from: string;
  readonly type: string;
  readonly to: string;
  readonly cardinality: Cardinality;
  readonly kind: RelationshipKind;
  /** One role per relationship type (roles.ts). */
  readonly role: RelationshipRole;
  /** True for links that the IT4IT standard does not state (product extensions). */
  readonly extension: boolean;
  readonly basis: StandardBasis;
  readonly note: string;
}

/** How a relationship type reads from each end; GraphQL field names are derived from it. */
export interface RelationshipVerb {
  /** Read from the source: "governs", "raises". */
  readonly outgoing: string;
  /** Read from the target: "governedBy", "raisedBy". */
  readonly incoming: string;
  /** Accountability only: the field on every data object listing the parties ("owners" for OWNS). */
  readonly partiesField?: string;
  /** Properties every link of this type may carry (beyond createdAt). */
  readonly properties: readonly AttributeDef[];
}
