import type { DocumentNode, DocumentRelationship, ImportProblem } from "./document.ts";

/** What the relationship rules know about ids: their type, from the document or the database. */
export interface IdTypes {
  typeOf(id: string): string | undefined;
}

/** A validation rule over one node; returns every problem it finds (none when valid). */
export type NodeRule = (node: DocumentNode, location: string) => ImportProblem[];

/** A validation rule over one relationship. */
export type RelationshipRule = (rel: DocumentRelationship, location: string, ids: IdTypes) => ImportProblem[];

export const problem = (
  location: string,
  field: string | null,
  code: string,
  message: string,
): ImportProblem => ({
  location,
  field,
  code,
  message,
});
