import { createReadStream, existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { pipeline } from "node:stream";
import streamJson from "stream-json";
import Pick from "stream-json/filters/Pick.js";
import StreamArray from "stream-json/streamers/StreamArray.js";
import type { DocumentNode, DocumentRelationship, ImportProblem } from "../../server/import/index.ts";
import { readNodesCsv, readRelationshipsCsv } from "./csv-document.ts";
import { problem } from "../../server/import/index.ts";

/** A document read from disk as streams of elements, each stream re-readable (validation, then loading). */
export interface DocumentSource {
  nodes(problems: ImportProblem[]): AsyncIterable<{ node: DocumentNode; location: string }>;
  relationships(problems: ImportProblem[]): AsyncIterable<{ rel: DocumentRelationship; location: string }>;
}

/**
 * Opens an import path: a `.json` file in the exchange format, or a directory holding `nodes.csv` and
 * (optionally) `relationships.csv`. Files are streamed, never read whole.
 */
export function openDocumentSource(path: string): DocumentSource {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat?.isDirectory()) {
    const nodes = join(path, "nodes.csv");
    const rels = join(path, "relationships.csv");
    return {
      async *nodes(problems) {
        if (!existsSync(nodes)) {
          problems.push(
            problem(path, null, "MALFORMED", `${path} has no nodes.csv (type,id,name,status,...).`),
          );
          return;
        }
        for await (const node of readNodesCsv(nodes, problems)) yield { node, location: node.source ?? "" };
      },
      async *relationships(problems) {
        if (!existsSync(rels)) return;
        for await (const rel of readRelationshipsCsv(rels, problems))
          yield { rel, location: rel.source ?? "" };
      },
    };
  }
  return {
    async *nodes(problems) {
      for await (const { key, value } of jsonArray(path, "nodes", problems)) {
        yield { node: value as DocumentNode, location: `/nodes/${key}` };
      }
    },
    async *relationships(problems) {
      for await (const { key, value } of jsonArray(path, "relationships", problems)) {
        yield { rel: value as DocumentRelationship, location: `/relationships/${key}` };
      }
    },
  };
}

async function* jsonArray(
  path: string,
  key: "nodes" | "relationships",
  problems: ImportProblem[],
): AsyncGenerator<{ key: number; value: unknown }> {
  const items = pipeline(
    createReadStream(path),
    streamJson.parser(),
    Pick.pick({ filter: key }),
    StreamArray.streamArray(),
    () => undefined,
  );
  try {
    for await (const item of items as AsyncIterable<{ key: number; value: unknown }>) {
      if (item.value === null || typeof item.value !== "object" || Array.isArray(item.value)) {
        problems.push(
          problem(`/${key}/${item.key}`, null, "MALFORMED", `Each element of "${key}" must be an object.`),
        );
        continue;
      }
      yield item;
    }
  } catch (error) {
    if (key === "nodes") {
      problems.push(
        problem(path, null, "MALFORMED", `${path} is not valid JSON: ${(error as Error).message}`),
      );
    }
  }
}
