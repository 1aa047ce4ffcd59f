import { BenchContext } from "./bench/context.ts";
import { dashboardMix } from "./bench/dashboard-mix.ts";
const ctx = new BenchContext({ names: [], scale: 1_000_000, seed: 1 });
try {
  const neo = await ctx.neo4j();
  const server = await ctx.httpServer("process");
  const mix = await dashboardMix(neo.driver, server, 1);
  const headers = { "content-type": "application/json", authorization: `Bearer ${server.token}` };
  for (let round = 0; round < 3; round++)
    for (const op of mix.operations) {
      const t = performance.now();
      const res = await fetch(`${server.url}/graphql`, { method: "POST", headers, body: JSON.stringify({ query: op.query, variables: op.variables() }) });
      const text = await res.text();
      console.log(round, op.name, res.status, (performance.now() - t).toFixed(1), "ms", text.length, text.includes('"errors"') ? text.slice(0, 200) : "");
    }
} finally {
  await ctx.close();
}
