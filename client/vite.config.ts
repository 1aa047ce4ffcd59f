import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The client: root client/, built to dist/client (served by the server at /). It imports the meta-model from
// server/model (pure data), so the repository root is allowed for the dev server.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("../dist/client", import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: { fs: { allow: [fileURLToPath(new URL("..", import.meta.url))] } },
});
