import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { Driver } from "neo4j-driver";
import { AppError, fromDriverError } from "../server/errors/index.ts";
import {
  LINEAGE_LABEL_FILTER,
  lineageRelationshipFilter,
  toParams,
  toPlain,
} from "../server/traceability/index.ts";
import type { TraversalDirection } from "../server/traceability/index.ts";
import { seedCypher } from "./cypher-text.ts";

export interface ExportOptions {
  database?: string;
  path: string;
  /** Export only the lineage neighbourhood of this id (and the parties accountable for it). */
  from?: string;
  direction?: TraversalDirection;
  depth?: number;
}

/**
 * Writes the database (or a lineage neighbourhood) as a JSON document in the import format, streaming rows
 * to the file: export -> reset -> import gives back the same ids, types, properties and relationships.
 */
export async function exportDocument(
  driver: Driver,
  options: ExportOptions,
): Promise<{ nodes: number; relationships: number }> {
  const session = driver.session({
    ...(options.database ? { database: options.database } : {}),
    defaultAccessMode: "READ",
  });
  const out = createWriteStream(options.path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  let nodes = 0;
  let relationships = 0;
  try {
    const ids = options.from ? await subgraphIds(session, options) : null;
    await write('{\n"nodes": [\n');
    for await (const record of session.run(seedCypher("export-nodes"), { ids })) {
      const props = toPlain(record.get("properties")) as Record<string, unknown>;
      const { id, name, status, ...properties } = props;
      await write(
        `${nodes++ === 0 ? "" : ",\n"}${JSON.stringify({ type: record.get("type"), id, name, status, properties })}`,
      );
    }
    await write('\n],\n"relationships": [\n');
    for await (const record of session.run(seedCypher("export-relationships"), { ids })) {
      const rel = {
        type: record.get("type"),
        from: record.get("from"),
        to: record.get("to"),
        properties: toPlain(record.get("properties")),
      };
      await write(`${relationships++ === 0 ? "" : ",\n"}${JSON.stringify(rel)}`);
    }
    await write("\n]\n}\n");
  } catch (error) {
    throw fromDriverError(error);
  } finally {
    out.end();
    await once(out, "close");
    await session.close();
  }
  return { nodes, relationships };
}

async function subgraphIds(
  session: ReturnType<Driver["session"]>,
  options: ExportOptions,
): Promise<string[]> {
  const result = await session.run(
    seedCypher("subgraph-ids"),
    toParams({
      id: options.from,
      relationshipFilter: lineageRelationshipFilter(options.direction ?? "BOTH"),
      labelFilter: LINEAGE_LABEL_FILTER,
      depth: Math.max(0, Math.floor(options.depth ?? 3)),
    }),
  );
  const record = result.records[0];
  if (!record) throw new AppError("NOT_FOUND", `No data object with id "${options.from}" exists.`);
  return record.get("ids") as string[];
}
