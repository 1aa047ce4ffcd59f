/**
 * The exchange document's types, for seed/generator and seed/demo. The module lives in server/import (the
 * import core shared by the server and the CLIs); this re-export keeps their imports stable.
 */
export type {
  DocumentNode,
  DocumentRelationship,
  GraphDocument,
  ImportProblem,
  ImportResult,
} from "../server/import/index.ts";
