/**
 * The dashboard mix for autocannon (load and soak): coverage, search, lineage depth 3 and trace, in turn on
 * every connection, with ids drawn from a seeded sample of the estate. GraphQL errors inside a 200 answer are
 * counted apart (autocannon only sees HTTP statuses); those of 503 answers are not (they are load shed).
 */
import type autocannon from "autocannon";
import type { Driver } from "neo4j-driver";
import { sampleIds } from "./sample.ts";
import type { BenchServer } from "./server.ts";
import { benchGraphQL } from "./text-file.ts";

export interface Operation {
  name: string;
  query: string;
  variables: () => Record<string, unknown>;
}

export interface DashboardMix {
  operations: Operation[];
  requests: autocannon.Request[];
  /** Answers that carried GraphQL errors, by first error code. */
  graphqlErrors: Map<string, number>;
}

export async function dashboardMix(driver: Driver, server: BenchServer, seed: number): Promise<DashboardMix> {
  const incidents = await sampleIds(driver, "incident-ids", 200, seed);
  const decisions = await sampleIds(driver, "approved-decision-ids", 50, seed);
  const searches = incidents.slice(0, 50).flatMap((id) => [id, id.slice(0, 6), "release"]);
  const headers = { "content-type": "application/json", authorization: `Bearer ${server.token}` };
  const graphqlErrors = new Map<string, number>();
  // A 503 (the server shedding load) carries a GraphQL error too: it is counted with the statuses, not here.
  const onResponse = (status: number, body: string) => {
    if (status === 503 || !body.includes('"errors"')) return;
    const code = /"code":"([A-Z_]+)"/.exec(body)?.[1] ?? "UNKNOWN";
    graphqlErrors.set(code, (graphqlErrors.get(code) ?? 0) + 1);
  };
  let turn = 0;
  const pick = (ids: readonly string[]) => ids[turn++ % ids.length] as string;
  const operations: Operation[] = [
    { name: "coverage", query: benchGraphQL("coverage"), variables: () => ({}) },
    { name: "search", query: benchGraphQL("search"), variables: () => ({ text: pick(searches) }) },
    {
      name: "lineage depth 3",
      query: benchGraphQL("lineage"),
      variables: () => ({ id: pick(decisions), direction: "BOTH", maxDepth: 3, limit: 500 }),
    },
    { name: "trace", query: benchGraphQL("trace"), variables: () => ({ id: pick(incidents) }) },
  ];
  return {
    graphqlErrors,
    operations,
    requests: operations.map((op) => ({
      method: "POST",
      path: "/graphql",
      headers,
      setupRequest: (req: autocannon.Request) => ({
        ...req,
        body: JSON.stringify({ query: op.query, variables: op.variables() }),
      }),
      onResponse,
    })),
  };
}
