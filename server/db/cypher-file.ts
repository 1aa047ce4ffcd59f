import { readFileSync } from "node:fs";
import { AppError } from "../errors/index.ts";

const CYPHER_DIR = new URL("../../cypher/", import.meta.url);
const cache = new Map<string, string>();

/** Reads a named Cypher file under cypher/ (e.g. "queries/trace.cypher"), once per process. */
export function loadCypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    try {
      text = readFileSync(new URL(name, CYPHER_DIR), "utf8");
    } catch {
      throw new AppError("INTERNAL", `The Cypher file cypher/${name} is missing from this installation.`);
    }
    cache.set(name, text);
  }
  return text;
}
