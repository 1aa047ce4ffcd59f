/**
 * Headless Chromium for the client benchmark: Debian's Chromium (`which chromium`, CHROMIUM_PATH overrides)
 * through playwright-core, and the client built in test mode (so the read-only window.__explorer handle
 * exists; React and the rest are production builds) into .data/bench/client.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";

export const BENCH_CLIENT_DIR = fileURLToPath(new URL("../.data/bench/client", import.meta.url));

function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync("which", ["chromium"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("Chromium is not installed: apt-get install -y chromium (or set CHROMIUM_PATH).");
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
}

/** `vite build --mode test` of client/ into .data/bench/client. */
export async function buildBenchClient(): Promise<void> {
  const { build } = await import("vite");
  await build({
    configFile: fileURLToPath(new URL("../client/vite.config.ts", import.meta.url)),
    mode: "test",
    logLevel: "warn",
    build: { outDir: BENCH_CLIENT_DIR, emptyOutDir: true },
  });
}
