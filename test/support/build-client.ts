import { fileURLToPath } from "node:url";

/**
 * `vite build --mode test` of client/ into `outDir`: production React, plus the read-only window.__explorer
 * handle the e2e tests and the client benchmark read the drawn graph through.
 */
export async function buildTestClient(outDir: string): Promise<void> {
  const { build } = await import("vite");
  await build({
    configFile: fileURLToPath(new URL("../../client/vite.config.ts", import.meta.url)),
    mode: "test",
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  });
}
