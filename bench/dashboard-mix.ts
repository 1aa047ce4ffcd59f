/**
 * The dashboard mix for autocannon (load and soak): coverage, search, lineage depth 3 and trace, in turn on
 * every connection, with ids drawn from a seeded sample of the estate. GraphQL errors inside a 200 answer are
 * counted apart (autocannon only sees HTTP statuses); those of 503 answers are not (they are load shed).
 */
import type autocannon from "autocannon";
import type { Driver } from "neo4j-driver";
import { sampleIds } from "./sample.ts";
import type { BenchServer } from "./server.ts";
import { postGraphQL } from "./server.ts";
import { benchGraphQL } from "./text-file.ts";

export interface Operation {
  name: string;
  query: string;
  /** The variables of the next request (the operation's questions in turn). */
  variables: () => Record<string, unknown>;
  /** Every distinct set of variables the operation asks with. */
  questions: Record<string, unknown>[];
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
  const operation = (name: string, file: string, asked: Record<string, unknown>[]): Operation => {
    const questions = [...new Map(asked.map((v) => [JSON.stringify(v), v])).values()];
    return {
      name,
      query: benchGraphQL(file),
      // An operation with one question leaves the turn alone (the sequence of the others stays as it was).
      variables: () => (asked.length === 1 ? asked[0] : asked[turn++ % asked.length]) ?? {},
      questions,
    };
  };
  const operations: Operation[] = [
    operation("coverage", "coverage", [{}]),
    operation(
      "search",
      "search",
      searches.map((text) => ({ text })),
    ),
    operation(
      "lineage depth 3",
      "lineage",
      decisions.map((id) => ({ id, direction: "BOTH", maxDepth: 3, limit: 500 })),
    ),
    operation(
      "trace",
      "trace",
      incidents.map((id) => ({ id })),
    ),
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

/**
 * Asks every distinct question of the mix once, `concurrency` at a time (what a dashboard's first refresh
 * does on a server that has not answered it yet); throws on the first failed answer. Returns how many.
 */
export async function askEveryQuestion(
  server: BenchServer,
  mix: DashboardMix,
  concurrency: number,
): Promise<number> {
  const all = mix.operations.flatMap((op) =>
    op.questions.map((variables) => ({ query: op.query, variables })),
  );
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < all.length; i = next++) {
      const { query, variables } = all[i] as (typeof all)[number];
      await postGraphQL(server, query, variables);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return all.length;
}
