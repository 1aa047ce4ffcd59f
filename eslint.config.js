// Lint rules for the whole repository. Layers point one way (see ../README.md, "Architecture"):
// server: model <- schema <- lineage/resolvers <- app; client: graph (pure) <- state <- components.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import globals from "globals";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", ".data/", "neo4j/target/", "test-results/", "bench/results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js}"],
    plugins: { "import-x": importX },
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    settings: { "import-x/resolver-next": [createTypeScriptImportResolver()] },
    rules: {
      "import-x/no-cycle": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["server/**/*.ts", "seed/**/*.ts", "neo4j/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/client/**", "../client/*"],
              message:
                "The server, seed and bench never import the client: share through server/model instead.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["bench/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "**/client/src/components/**",
                "**/client/src/state/**",
                "**/client/src/api/**",
                "!**/client/src/api/with-fragments.ts",
              ],
              message:
                "The benchmarks time the client's pure graph transforms (client/src/graph) in Node and the rest in a real browser; of client/src/api they use only with-fragments.ts.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["server/model/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "../schema/*",
                "../lineage/*",
                "../app/*",
                "../db/*",
                "neo4j-driver",
                "graphql",
                "**/client/**",
              ],
              message:
                "server/model is the hub: pure data and functions that everything else derives from. It imports nothing of the server.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["client/src/graph/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "../state/*", "../components/*", "../api/*"],
              message:
                "client/src/graph holds pure graph transforms tested in Node: no React, no state, no I/O.",
            },
          ],
        },
      ],
    },
  },
);
