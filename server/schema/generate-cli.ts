import { writeFileSync } from "node:fs";
// Not re-exported from model/index.ts: that index is bundled into the browser, this file reads the disk.
import { PROVENANCE_DOC_PATH, renderProvenanceDoc } from "./provenance-doc.ts";
import { generateModelSdl } from "./generate.ts";
import { MODEL_SDL_PATH } from "./type-defs.ts";

/**
 * `npm run schema:generate`: writes server/schema/model.graphql and server/model/PROVENANCE.md from the
 * meta-model.
 */
const sdl = generateModelSdl();
writeFileSync(MODEL_SDL_PATH, sdl);
process.stdout.write(`Wrote ${MODEL_SDL_PATH} (${sdl.split("\n").length} lines).\n`);
writeFileSync(PROVENANCE_DOC_PATH, renderProvenanceDoc());
process.stdout.write(`Wrote ${PROVENANCE_DOC_PATH}.\n`);
