/**
 * Seed and import: the demo estate, the deterministic estate generator, the batch loader, the importer (JSON
 * and CSV, validated against the meta-model before anything is written) and the exporter.
 */
export type {
  DocumentNode,
  DocumentRelationship,
  GraphDocument,
  ImportProblem,
  ImportResult,
} from "./document.ts";
export { seedDemoIfEmpty } from "./demo/seed-demo.ts";
export { demoEstate } from "./demo/estate.ts";
export { generateEstate } from "./generator/generate-estate.ts";
export type { GenerateOptions } from "./generator/generate-estate.ts";
export { BatchWriter, DEFAULT_BATCH_SIZE, loadEstate } from "./loader.ts";
export type { LoadOptions, LoadProgress, LoadSummary } from "./loader.ts";
export { importDocument } from "./import/import-document.ts";
export { validateDocument } from "./import/validate.ts";
export { parseDocument } from "./import/parse-document.ts";
