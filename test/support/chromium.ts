import { execFileSync } from "node:child_process";
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";

/** Debian's Chromium, as `which chromium` finds it (CHROMIUM_PATH overrides). */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync("which", ["chromium"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("Chromium is not installed: apt-get install -y chromium (or set CHROMIUM_PATH).");
  }
}

const DEFAULT_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
];

export interface ChromiumOptions {
  /** Command-line switches added to the defaults (e.g. `--use-angle=swiftshader`). */
  extraArgs?: readonly string[];
  /** Default switches left out (e.g. `--disable-gpu`, for WebGL on software GL). */
  withoutArgs?: readonly string[];
}

/**
 * Headless Chromium through playwright-core, for the e2e tests and the client benchmark; without options, with
 * the default switches (no GPU).
 */
export function launchChromium(options: ChromiumOptions = {}): Promise<Browser> {
  const without = new Set(options.withoutArgs ?? []);
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [...DEFAULT_ARGS.filter((a) => !without.has(a)), ...(options.extraArgs ?? [])],
  });
}
