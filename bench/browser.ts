/**
 * Headless Chromium for the client benchmark: Debian's Chromium (`which chromium`, CHROMIUM_PATH overrides)
 * through playwright-core, and the client built in test mode (so the read-only window.__explorer handle
 * exists; React and the rest are production builds) into .data/bench/client.
 */
import { fileURLToPath } from "node:url";
import { buildTestClient } from "../test/support/build-client.ts";
export { launchChromium } from "../test/support/chromium.ts";

export const BENCH_CLIENT_DIR = fileURLToPath(new URL("../.data/bench/client", import.meta.url));

/** `vite build --mode test` of client/ into .data/bench/client. */
export function buildBenchClient(): Promise<void> {
  return buildTestClient(BENCH_CLIENT_DIR);
}
