import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { AppError } from "../errors/index.ts";

const CYPHER_DIR = new URL("../../cypher/", import.meta.url);
const cache = new Map<string, string>();

/**
 * Reads a query file (Cypher, SQL, GraphQL) once per process: the one reader of the project's query files.
 * A missing file is an INTERNAL error naming it (the installation is incomplete, not the request wrong).
 */
export function readQueryFile(url: URL): string {
  const key = url.href;
  let text = cache.get(key);
  if (text === undefined) {
    try {
      text = readFileSync(url, "utf8");
    } catch {
      throw new AppError(
        "INTERNAL",
        `The query file ${fileURLToPath(url)} is missing from this installation.`,
      );
    }
    cache.set(key, text);
  }
  return text;
}

/** Reads a named Cypher file under cypher/ (e.g. "queries/trace.cypher"), once per process. */
export function loadCypher(name: string): string {
  return readQueryFile(new URL(name, CYPHER_DIR));
}
