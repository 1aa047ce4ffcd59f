/**
 * The floors every Neo4j figure is read against, measured in the same run: a bare `RETURN 1` through the
 * server's own `readQuery` (one auto-commit read, the Bolt round trip as the server's reads run), and a
 * trivial GraphQL query (`{ __typename }`) over HTTP to the in-process server (auth, Apollo and the HTTP
 * round trip, no database). The trace benchmark also shows `RETURN 1` through `driver.executeQuery` (a
 * managed transaction: BEGIN, RUN, COMMIT), the way the server's reads ran until 2026-12-04.
 */
import type { Driver } from "neo4j-driver";
import { readQuery } from "../server/db/index.ts";
import type { BenchContext } from "./context.ts";
import { postGraphQL } from "./server.ts";
import type { BenchServer } from "./server.ts";
import { ratioText, summarize, timed } from "./stats.ts";
import type { LatencySummary } from "./stats.ts";

export interface Floors {
  bolt: LatencySummary;
  http: LatencySummary;
}

export const boltFloor = (driver: Driver) => async (): Promise<void> => {
  await readQuery(driver, { cypher: "RETURN 1" });
};

export const managedFloor = (driver: Driver) => async (): Promise<void> => {
  await driver.executeQuery("RETURN 1", {}, { routing: "READ" });
};

export const httpFloor = (server: BenchServer) => async (): Promise<void> => {
  await postGraphQL(server, "{ __typename }", {});
};

/** Both floors, `samples` times each, interleaved, after a warm-up. */
export async function measureFloors(ctx: BenchContext, samples = 300): Promise<Floors> {
  const neo = await ctx.neo4j();
  const bolt = boltFloor(neo.driver);
  const http = httpFloor(await ctx.httpServer("in-process"));
  for (let i = 0; i < 50; i++) await Promise.all([bolt(), http()]);
  const times = { bolt: [] as number[], http: [] as number[] };
  for (let i = 0; i < samples; i++) {
    times.bolt.push((await timed(bolt)).ms);
    times.http.push((await timed(http)).ms);
  }
  return { bolt: summarize(times.bolt), http: summarize(times.http) };
}

/** "3.1× floor": a p50 as a multiple of the Bolt floor's p50. */
export const timesFloor = (p50: number, floor: LatencySummary): string =>
  `${ratioText(p50 / floor.p50)} RETURN 1`;
