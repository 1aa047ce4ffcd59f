/**
 * Seed and import command lines over the import core (server/import): the demo estate, the deterministic
 * estate generator, the file importer (JSON and CSV, validated against the meta-model before anything is
 * written), the offline initial load and the exporter. The import core is re-exported for the callers that
 * knew it here.
 */
export type {
  DocumentNode,
  DocumentRelationship,
  GraphDocument,
  ImportProblem,
  ImportResult,
  LoadOptions,
  LoadProgress,
  LoadSummary,
} from "../server/import/index.ts";
export {
  BatchWriter,
  DEFAULT_BATCH_SIZE,
  importDocument,
  loadEstate,
  parseDocument,
  validateDocument,
} from "../server/import/index.ts";
export { seedDemoIfEmpty } from "./demo/seed-demo.ts";
export { demoEstate } from "./demo/estate.ts";
export { generateEstate } from "./generator/generate-estate.ts";
export type { GenerateOptions } from "./generator/generate-estate.ts";
