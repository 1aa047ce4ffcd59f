import { AppError } from "../../server/errors/index.ts";
import { DocumentValidator } from "../../server/import/index.ts";
import type { DocumentNode, DocumentRelationship, ImportProblem } from "../../server/import/index.ts";
import type { DocumentSource } from "./file-source.ts";

/** Where validated elements go (the offline import's CSV writer). */
export interface ElementSink {
  addNode(node: DocumentNode): void;
  addRelationship(rel: DocumentRelationship): void;
}

/**
 * Streams a document into `sink` while validating it against the meta-model, for a database that holds
 * nothing yet (so no id is looked up in it): nodes first, then relationships, in one pass. A relationship
 * under a name the model has replaced reaches the sink under its current name (the validator renames it),
 * with a warning. When any problem is
 * found it throws VALIDATION_FAILED with every problem and its location in `details.problems`; the caller
 * must then discard what the sink received.
 */
export async function writeValidated(
  source: DocumentSource,
  sink: ElementSink,
): Promise<{ nodes: number; relationships: number; warnings: ImportProblem[] }> {
  const validator = new DocumentValidator();
  let nodes = 0;
  let relationships = 0;
  for await (const { node, location } of source.nodes(validator.problems)) {
    const before = validator.problems.length;
    validator.addNode(node, location);
    if (validator.problems.length === before) sink.addNode(node);
    nodes += 1;
  }
  for await (const { rel, location } of source.relationships(validator.problems)) {
    const before = validator.problems.length;
    validator.addRelationship(rel, location);
    if (validator.problems.length === before) sink.addRelationship(rel);
    relationships += 1;
  }
  if (validator.problems.length > 0) {
    throw new AppError(
      "VALIDATION_FAILED",
      `${validator.problems.length} problem(s) in the input; nothing was imported.`,
      { details: { problems: validator.problems } },
    );
  }
  return { nodes, relationships, warnings: validator.warnings };
}
