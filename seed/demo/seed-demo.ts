import type { Driver } from "neo4j-driver";
import { fromDriverError } from "../../server/errors/index.ts";
import { seedCypher } from "../cypher-text.ts";
import { loadEstate } from "../loader.ts";
import { demoEstate } from "./estate.ts";

/**
 * Loads the demo estate when the database holds no data object yet (the first `npm start`); does nothing
 * otherwise, so users' own data is never mixed with the demo.
 */
export async function seedDemoIfEmpty(
  driver: Driver,
  database?: string,
): Promise<{ loaded: boolean; nodes: number; relationships: number }> {
  let empty: boolean;
  try {
    const result = await driver.executeQuery(
      seedCypher("is-empty"),
      {},
      { ...(database ? { database } : {}), routing: "READ" },
    );
    empty = result.records[0]?.get("empty") === true;
  } catch (error) {
    throw fromDriverError(error);
  }
  if (!empty) return { loaded: false, nodes: 0, relationships: 0 };
  const summary = await loadEstate(driver, { ...(database ? { database } : {}), estate: demoEstate() });
  return { loaded: true, nodes: summary.nodes, relationships: summary.relationships };
}
