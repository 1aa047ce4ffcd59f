import { writeFileSync } from "node:fs";
import { generateModelSdl } from "./generate.ts";
import { MODEL_SDL_PATH } from "./type-defs.ts";

/** `npm run schema:generate`: writes server/schema/model.graphql from the meta-model. */
const sdl = generateModelSdl();
writeFileSync(MODEL_SDL_PATH, sdl);
process.stdout.write(`Wrote ${MODEL_SDL_PATH} (${sdl.split("\n").length} lines).\n`);
