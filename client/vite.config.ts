import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { preloadAppChunk } from "./preload-app-chunk.ts";

// The client: root client/, built to dist/client (served by the server at /). It imports the meta-model from
// server/model (pure data), so the repository root is allowed for the dev server. index.html preloads the
// application chunk the small entry imports (preload-app-chunk.ts).
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react(), preloadAppChunk()],
  build: {
    outDir: fileURLToPath(new URL("../dist/client", import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: { fs: { allow: [fileURLToPath(new URL("..", import.meta.url))] } },
});
