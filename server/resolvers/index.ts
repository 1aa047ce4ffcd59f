/** The resolvers app.ts wires into the schema: the traceability fields and the importGraph mutation. */
export { importGraphResolvers } from "./import-graph.ts";
export type { ImportDocument, ImportResultView } from "./import-graph.ts";
export { loadTraceabilityResolvers } from "./traceability.ts";
