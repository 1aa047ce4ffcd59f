/**
 * Loading a bench estate through the offline path of `seed --reset` (seed/offline: CSV for Neo4j's import
 * tool, the tool into the stopped bench database, start, migrations, stop). The loader benchmark measures it;
 * the other benchmarks use it to load estates of OFFLINE_FROM objects and more, where the online loader would
 * take most of the run.
 */
import { readDbConfig } from "../server/db/index.ts";
import type { GraphDocument } from "../server/import/index.ts";
import { PARTY_TYPE } from "../server/model/index.ts";
import { offlineLoad } from "../seed/offline/offline-load.ts";
import type { OfflineLoadSummary } from "../seed/offline/offline-load.ts";
import { estateDir, writeMarker } from "./estate.ts";
import type { EstateKey } from "./estate.ts";
import { BENCH_NEO4J_PASSWORD, benchBoltPort, memoryFor } from "./neo4j.ts";

/** Generated estates of this many objects or more are loaded offline when they are not loaded yet. */
export const OFFLINE_FROM = 100_000;

/** Replaces the (stopped) bench database of `key` with `estate` through the import tool, and marks it loaded. */
export async function loadEstateOffline(
  key: EstateKey,
  estate: GraphDocument,
  scale: number,
): Promise<OfflineLoadSummary> {
  const summary = await offlineLoad({
    config: {
      ...readDbConfig({}),
      uri: `bolt://127.0.0.1:${benchBoltPort()}`,
      password: BENCH_NEO4J_PASSWORD,
      local: true,
      boltPort: benchBoltPort(),
      dataDir: estateDir(key),
      ...memoryFor(scale),
    },
    target: "replace",
    log: (line) => process.stderr.write(`[offline] ${line}\n`),
    write: (csv) => {
      for (const node of estate.nodes) csv.addNode(node);
      for (const rel of estate.relationships) csv.addRelationship(rel);
    },
  });
  writeMarker(key, {
    nodes: estate.nodes.length,
    relationships: summary.relationships,
    dataObjects: estate.nodes.filter((n) => n.type !== PARTY_TYPE.name).length,
    loadedAt: new Date().toISOString(),
  });
  return summary;
}
