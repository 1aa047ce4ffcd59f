/** Seeded samples of ids from the loaded estate: the same seed picks the same objects on every run. */
import type { Driver } from "neo4j-driver";
import { Random } from "../seed/generator/random.ts";
import { benchCypher } from "./text-file.ts";

/** `size` distinct ids from the rows of bench/cypher/<query>.cypher, drawn with the seeded generator. */
export async function sampleIds(
  driver: Driver,
  query: string,
  size: number,
  seed: number,
): Promise<string[]> {
  const { records } = await driver.executeQuery(benchCypher(query), {}, { routing: "READ" });
  const ids = records.map((r) => String(r.get("id")));
  if (ids.length === 0) throw new Error(`The estate has no rows for bench/cypher/${query}.cypher.`);
  const random = new Random(seed);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [ids[i], ids[j]] = [ids[j] as string, ids[i] as string];
  }
  return ids.slice(0, Math.min(size, ids.length));
}
