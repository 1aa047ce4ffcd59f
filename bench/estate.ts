/**
 * Bench estates: the seed generator's estate at a scale and seed (or the demo estate), loaded once with the
 * project's loader into its own Neo4j data directory under .data/bench/ and reused while unchanged. A marker
 * file beside the data records scale, seed, a fingerprint of the generator/loader/model/migration sources and
 * the counts; a mismatch (or a database that no longer holds the counts) means wipe and reload.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Driver } from "neo4j-driver";
import { demoEstate, generateEstate, loadEstate } from "../seed/index.ts";
import type { GraphDocument, LoadSummary } from "../seed/index.ts";
import { progressReporter } from "../seed/progress.ts";
import { benchCypher } from "./text-file.ts";

export type EstateKey = { kind: "generated"; scale: number; seed: number } | { kind: "demo" };

export interface EstateMarker {
  key: EstateKey;
  fingerprint: string;
  nodes: number;
  relationships: number;
  dataObjects: number;
  loadedAt: string;
  load?: LoadSummary;
}

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SOURCES = [
  "seed/generator",
  "seed/demo",
  "server/import/loader.ts",
  "server/import/rows.ts",
  "server/import/typed-cypher.ts",
  "cypher/seed",
  "cypher/migrations",
  "server/model",
];
const MARKER = "bench-estate.json";

export const estateName = (key: EstateKey): string =>
  key.kind === "demo" ? "demo" : `${key.scale}-s${key.seed}`;

export const estateDir = (key: EstateKey): string => join(ROOT, ".data", "bench", `neo4j-${estateName(key)}`);

/** SHA-256 over the sources that decide what an estate contains and how it is stored. */
export function estateFingerprint(): string {
  const hash = createHash("sha256");
  for (const source of SOURCES) {
    const path = join(ROOT, source);
    const files = source.includes(".")
      ? [path]
      : readdirSync(path)
          .sort()
          .map((f) => join(path, f));
    for (const file of files) hash.update(file.slice(ROOT.length)).update(readFileSync(file));
  }
  return hash.digest("hex");
}

const documents = new Map<string, GraphDocument>();

/** The estate's document (generated once per process). */
export function estateDocument(key: EstateKey): GraphDocument {
  const name = estateName(key);
  let doc = documents.get(name);
  if (!doc) {
    doc = key.kind === "demo" ? demoEstate() : generateEstate({ scale: key.scale, seed: key.seed });
    documents.set(name, doc);
  }
  return doc;
}

export function readMarker(key: EstateKey): EstateMarker | undefined {
  const file = join(estateDir(key), MARKER);
  if (!existsSync(file)) return undefined;
  try {
    const marker = JSON.parse(readFileSync(file, "utf8")) as EstateMarker;
    return marker.fingerprint === estateFingerprint() && estateName(marker.key) === estateName(key)
      ? marker
      : undefined;
  } catch {
    return undefined;
  }
}

export function writeMarker(key: EstateKey, marker: Omit<EstateMarker, "key" | "fingerprint">): void {
  const full: EstateMarker = { key, fingerprint: estateFingerprint(), ...marker };
  writeFileSync(join(estateDir(key), MARKER), `${JSON.stringify(full, null, 2)}\n`);
}

/** Deletes an estate's data directory (its Neo4j must be stopped). */
export function wipeEstate(key: EstateKey): void {
  rmSync(estateDir(key), { recursive: true, force: true });
}

/** Data objects and relationships the database holds now. */
export async function countObjects(driver: Driver): Promise<{ nodes: number; relationships: number }> {
  const { records } = await driver.executeQuery(benchCypher("count-objects"), {}, { routing: "READ" });
  const record = records[0];
  return {
    nodes: Number(record?.get("nodes") ?? 0),
    relationships: Number(record?.get("relationships") ?? 0),
  };
}

/** True when the database still holds what the marker says was loaded. */
export async function markerHolds(driver: Driver, marker: EstateMarker): Promise<boolean> {
  const counts = await countObjects(driver);
  return counts.nodes === marker.dataObjects && counts.relationships === marker.relationships;
}

/** Loads the estate with the project's loader into an empty database and writes the marker. */
export async function loadAndMark(driver: Driver, key: EstateKey): Promise<LoadSummary> {
  const estate = estateDocument(key);
  process.stderr.write(
    `Loading the ${estateName(key)} estate: ${estate.nodes.length.toLocaleString("en")} nodes, ` +
      `${estate.relationships.length.toLocaleString("en")} relationships…\n`,
  );
  const summary = await loadEstate(driver, { estate, onProgress: progressReporter() });
  await markLoaded(driver, key, summary);
  return summary;
}

export async function markLoaded(driver: Driver, key: EstateKey, load: LoadSummary): Promise<void> {
  const estate = estateDocument(key);
  const counts = await countObjects(driver);
  writeMarker(key, {
    nodes: estate.nodes.length,
    relationships: counts.relationships,
    dataObjects: counts.nodes,
    loadedAt: new Date().toISOString(),
    load,
  });
}
