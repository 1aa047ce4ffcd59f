import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The committed, generated SDL of the information model (`npm run schema:generate` writes it). */
export const MODEL_SDL_PATH = fileURLToPath(new URL("./model.graphql", import.meta.url));
/** The hand-written SDL of the custom traceability fields (search, lineage, trace, impact, ...). */
export const TRACEABILITY_SDL_PATH = fileURLToPath(new URL("./traceability.graphql", import.meta.url));

/** The type definitions the server is built from: the generated model SDL and the traceability SDL. */
export function loadTypeDefs(): string[] {
  return [readFileSync(MODEL_SDL_PATH, "utf8"), readFileSync(TRACEABILITY_SDL_PATH, "utf8")];
}
