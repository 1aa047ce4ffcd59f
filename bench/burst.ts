/**
 * burst (hardening): how the server treats everyone else while it refuses oversized input. The server runs as
 * its own process; a child process sends waves of 40 concurrent POSTs of 150,000 ids (1.8 MB each, refused
 * on the scan of their first chunk) while this process samples GET /healthz every 5 ms. Figures: /healthz
 * latency at rest and during the bursts (p50, p99, max), and the time to refuse one such body alone. The
 * integration test (test/integration/security/cost-and-input.test.ts) proves the refusal happens before the
 * body is read; the timing belongs here, where the machine's speed is stated beside it.
 */
import { OVERSIZED_IDS, oversizedBody, spawnOversizedBurst } from "../test/support/oversized-burst.ts";
import type { BenchContext } from "./context.ts";
import type { BenchResult, Row } from "./result.ts";
import { verdict } from "./result.ts";
import { ms, summarize } from "./stats.ts";
import type { LatencySummary } from "./stats.ts";

const WAVES = 5;
const PER_WAVE = 40;
const HEALTHZ_P99_MS = 50;
const REFUSAL_P50_MS = 100;

async function healthz(url: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${url}/healthz`);
  await res.text();
  if (res.status !== 200) throw new Error(`/healthz answered ${res.status}`);
  return performance.now() - started;
}

const pause = (msToWait: number) => new Promise((r) => setTimeout(r, msToWait));

function line(s: LatencySummary): string {
  return `p50 ${ms(s.p50)} · p99 ${ms(s.p99)} · max ${ms(s.max)} (n=${s.n})`;
}

export async function burstBench(ctx: BenchContext): Promise<BenchResult> {
  const server = await ctx.httpServer("process");
  const rest: number[] = [];
  for (let i = 0; i < 200; i++) {
    rest.push(await healthz(server.url));
    await pause(5);
  }
  const body = oversizedBody();
  const refusals: number[] = [];
  for (let i = 0; i < 12; i++) {
    const started = performance.now();
    const res = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${server.token}` },
      body,
    });
    await res.text();
    if (res.status !== 400) throw new Error(`an oversized body was answered ${res.status}, not 400`);
    if (i >= 2) refusals.push(performance.now() - started);
  }
  const bursts = spawnOversizedBurst({ url: server.url, token: server.token, count: PER_WAVE, waves: WAVES });
  const during: number[] = [];
  while (!bursts.done()) {
    during.push(await healthz(server.url));
    await pause(5);
  }
  const { refused } = await bursts.result;
  const atRest = summarize(rest);
  const inBurst = summarize(during);
  const refusal = summarize(refusals);
  const rows: Row[] = [
    { benchmark: "burst", case: "/healthz at rest", figure: line(atRest) },
    {
      benchmark: "burst",
      case: `/healthz during ${WAVES}×${PER_WAVE} oversized bodies (${refused} refused)`,
      figure: line(inBurst),
      ratio: `p99 ${(inBurst.p99 / atRest.p99).toFixed(1)}× at rest`,
      target: `p99 ≤ ${HEALTHZ_P99_MS} ms`,
      verdict: verdict(true, inBurst.p99 <= HEALTHZ_P99_MS && refused === WAVES * PER_WAVE),
    },
    {
      benchmark: "burst",
      case: `refuse one body of ${OVERSIZED_IDS.toLocaleString("en")} ids`,
      figure: `p50 ${ms(refusal.p50)} · max ${ms(refusal.max)} (n=${refusal.n})`,
      target: `p50 ≤ ${REFUSAL_P50_MS} ms`,
      verdict: verdict(true, refusal.p50 <= REFUSAL_P50_MS),
    },
  ];
  return { name: "burst", rows, data: { atRest, inBurst, refusal, refused, expected: WAVES * PER_WAVE } };
}
