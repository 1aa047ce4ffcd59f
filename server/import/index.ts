/**
 * The import core, shared one way by the server (the `importGraph` mutation) and the seed/import CLIs: the
 * exchange document, its validation against the meta-model (rules/), the batch loader and the row encoding.
 * It imports the model, db and errors of the server and nothing of seed/.
 */
export type {
  DocumentNode,
  DocumentRelationship,
  GraphDocument,
  ImportProblem,
  ImportResult,
} from "./document.ts";
export { nodeLocation, relationshipLocation } from "./document.ts";
export { importDocument } from "./import-document.ts";
export { parseDocument } from "./parse-document.ts";
export { checkDocument, referencedIds, validateDocument } from "./validate.ts";
export { currentRelationshipName, renamedWarning } from "./renamed-relationships.ts";
export { DocumentValidator } from "./validator.ts";
export { problem } from "./rule.ts";
export { existingIdTypes } from "./existing-ids.ts";
export {
  BatchWriter,
  DEFAULT_BATCH_SIZE,
  chunks,
  groupBy,
  holdsEstate,
  loadEstate,
  writeModeFor,
} from "./loader.ts";
export type { LoadOptions, LoadProgress, LoadSummary } from "./loader.ts";
export type { WriteMode } from "./typed-cypher.ts";
export { definitionsByName, linkRow, nodeRow, toStored } from "./rows.ts";
export type { LinkRow, NodeRow } from "./rows.ts";
