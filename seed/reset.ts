import type { Driver } from "neo4j-driver";
import { fromDriverError } from "../server/errors/index.ts";
import { seedCypher } from "./cypher-text.ts";

/** Deletes every data object and party (the `--reset` of `npm run seed`), keeping schema and migrations. */
export async function resetEstate(driver: Driver, database?: string): Promise<void> {
  const session = driver.session({ ...(database ? { database } : {}), defaultAccessMode: "WRITE" });
  try {
    await session.run(seedCypher("reset"));
  } catch (error) {
    throw fromDriverError(error);
  } finally {
    await session.close();
  }
}
