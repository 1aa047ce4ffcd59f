/**
 * The batch loader, for seed/demo and the benchmarks. It lives in server/import (the import core shared by the
 * server and the CLIs); this re-export keeps their imports stable.
 */
export { DEFAULT_BATCH_SIZE, chunks, groupBy, loadEstate } from "../server/import/index.ts";
export type { LoadOptions, LoadProgress, LoadSummary } from "../server/import/index.ts";
