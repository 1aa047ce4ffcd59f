import type { Driver } from "neo4j-driver";
import { fromDriverError } from "../errors/index.ts";
import { loadCypher } from "../db/index.ts";
import { chunks } from "./loader.ts";

/** The type of each of `ids` already in the database (data objects and parties), looked up in batches. */
export async function existingIdTypes(
  driver: Driver,
  options: { database?: string; ids: readonly string[] },
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const session = driver.session({
    ...(options.database ? { database: options.database } : {}),
    defaultAccessMode: "READ",
  });
  try {
    for (const batch of chunks(options.ids, 10_000)) {
      const result = await session.executeRead((tx) =>
        tx.run(loadCypher("seed/existing-ids.cypher"), { ids: batch }),
      );
      for (const record of result.records)
        found.set(record.get("id") as string, record.get("type") as string);
    }
  } catch (error) {
    throw fromDriverError(error);
  } finally {
    await session.close();
  }
  return found;
}
