import type { DocumentNode, DocumentRelationship, ImportProblem } from "./document.ts";
import type { IdTypes } from "./rule.ts";
import { problem } from "./rule.ts";
import { currentRelationshipName, renamedWarning } from "./renamed-relationships.ts";
import { NODE_RULES, RELATIONSHIP_RULES } from "./rules/index.ts";

/**
 * Validates a document element by element, so that a large file can be checked as a stream: nodes first (it
 * remembers only each id's type), then relationships. `existing` holds the types of ids already in the
 * database (looked up by the caller before the elements that need them).
 */
export class DocumentValidator {
  readonly problems: ImportProblem[] = [];
  /** Accepted, but worth telling: relationships written under a name the model has since replaced. */
  readonly warnings: ImportProblem[] = [];
  private readonly types = new Map<string, { type: string; location: string }>();
  readonly existing = new Map<string, string>();
  private readonly ids: IdTypes = { typeOf: (id) => this.types.get(id)?.type ?? this.existing.get(id) };

  /** Ids of the document (for the exporter's and loader's counts). */
  get nodeCount(): number {
    return this.types.size;
  }

  hasId(id: string): boolean {
    return this.types.has(id);
  }

  addNode(node: DocumentNode, location: string): void {
    for (const rule of NODE_RULES) this.problems.push(...rule(node, location));
    if (typeof node.id !== "string" || node.id === "") return;
    const seen = this.types.get(node.id);
    if (seen) {
      this.problems.push(
        problem(
          `${location}/id`,
          "id",
          "DUPLICATE_ID",
          seen.type === node.type
            ? `"${node.id}" already appears at ${seen.location}; each id once per document.`
            : `"${node.id}" already appears at ${seen.location} as ${seen.type}, here as ${node.type}; ids are unique across all types.`,
        ),
      );
      return;
    }
    this.types.set(node.id, { type: node.type, location });
    const stored = this.existing.get(node.id);
    if (stored !== undefined && stored !== node.type) {
      this.problems.push(
        problem(
          `${location}/type`,
          "type",
          "DUPLICATE_ID",
          `"${node.id}" is already in the database as ${stored}; it cannot become ${node.type}.`,
        ),
      );
    }
  }

  /** Validates a relationship; one written under a replaced name is renamed in place, with a warning. */
  addRelationship(rel: DocumentRelationship, location: string): void {
    const now = currentRelationshipName(rel, this.ids);
    if (now !== undefined) {
      this.warnings.push(renamedWarning(rel, now, location));
      rel.type = now;
    }
    for (const rule of RELATIONSHIP_RULES) this.problems.push(...rule(rel, location, this.ids));
  }

  /** The current name of a relationship type written under a replaced name (for a second, writing pass). */
  currentName(rel: DocumentRelationship): string {
    return currentRelationshipName(rel, this.ids) ?? rel.type;
  }
}
