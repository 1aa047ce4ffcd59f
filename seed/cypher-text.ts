import { loadCypher } from "../server/db/index.ts";

/** A Cypher file of cypher/seed/ by name (read through the project's one query-file reader, server/db). */
export const seedCypher = (name: string): string => loadCypher(`seed/${name}.cypher`);
