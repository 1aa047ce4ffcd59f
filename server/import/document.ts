/**
 * The exchange format of the explorer: what the importer reads (JSON, or CSV mapped onto it), the exporter
 * writes, the generator and the demo estate produce and the loader writes. Types and relationship types are
 * the canonical names of the meta-model; parties are nodes of type "Party" joined to data objects by the
 * model's accountability relationships (ACCOUNTABILITY_TYPES).
 */
export interface DocumentNode {
  type: string;
  id: string;
  name: string;
  status: string;
  properties?: Record<string, unknown>;
  /** Where the element came from when it is not the JSON pointer of its position, e.g. `nodes.csv:12`. */
  source?: string;
}

export interface DocumentRelationship {
  type: string;
  from: string;
  to: string;
  properties?: Record<string, unknown>;
  source?: string;
}

export interface GraphDocument {
  nodes: DocumentNode[];
  relationships: DocumentRelationship[];
}

/** One problem found in an import document, with where it is (GraphQL type ImportProblem). */
export interface ImportProblem {
  location: string;
  field: string | null;
  code: string;
  message: string;
}

/** The outcome of an import (GraphQL type ImportResult). */
export interface ImportResult {
  ok: boolean;
  nodesWritten: number;
  relationshipsWritten: number;
  problems: ImportProblem[];
  /** Accepted with a note: relationships imported under a replaced name (code DEPRECATED_RELATIONSHIP_NAME). */
  warnings: ImportProblem[];
}

/** Location of a node or relationship: its CSV row, or its JSON pointer. */
export const nodeLocation = (node: DocumentNode, index: number): string => node.source ?? `/nodes/${index}`;
export const relationshipLocation = (rel: DocumentRelationship, index: number): string =>
  rel.source ?? `/relationships/${index}`;
