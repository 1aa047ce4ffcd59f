// Lint rules for the whole repository. Layers point one way (see ../README.md, "Architecture"):
// server: model <- schema <- lineage/resolvers <- app; client: graph (pure) <- state <- components.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import importX from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import globals from "globals";
import { existsSync, readdirSync } from "node:fs";

// Server folders with a public entry (index.ts), and the server's top-level files (the app wiring).
const serverDir = (name) => new URL(`./server/${name}`, import.meta.url);
const SERVER_FOLDERS = readdirSync(serverDir(""), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const SERVER_ENTRIES = SERVER_FOLDERS.filter((f) => existsSync(serverDir(`${f}/index.ts`)));
const SERVER_TOP_FILES = readdirSync(serverDir(""))
  .filter((f) => f.endsWith(".ts"))
  .map((f) => `server/${f}`);
// The one module the client bundles besides the model: importing traceability's entry would pull the driver.
const ALSO_PUBLIC = { traceability: ["./limits.ts"] };

/**
 * Zones that keep each server folder's internals internal: code outside server/<folder> imports it through
 * server/<folder>/index.ts only. `targets(folder)` names who is outside.
 */
function entryZones(targets) {
  return SERVER_ENTRIES.map((folder) => ({
    target: targets(folder),
    from: `server/${folder}`,
    except: ["./index.ts", ...(ALSO_PUBLIC[folder] ?? [])],
    message: `server/${folder} is used through its entry, server/${folder}/index.ts: what that file does not export is internal to the folder and may change without notice.`,
  }));
}
const otherServerParts = (folder) => [
  ...SERVER_FOLDERS.filter((f) => f !== folder).map((f) => `server/${f}`),
  ...SERVER_TOP_FILES,
];

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
              group: ["neo4j-driver", "neo4j-driver/*", "graphql", "graphql/*", "**/client/**"],
              message:
                "server/model is the hub: pure data and functions that everything else derives from. It imports nothing of the server.",
            },
          ],
        },
      ],
    },
  },
  // Server zones. Layers point one way: model (the hub) <- errors, db <- import, traceability <- schema,
  // auth, graphql, http, resolvers <- app wiring. Each message says why.
  {
    files: ["server/**/*.ts"],
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: "server/model",
              from: "server",
              except: ["./model"],
              message:
                "server/model is the hub everything derives from (SDL, constraints, import rules, the client's legend): it imports nothing of the server, so the browser can bundle it.",
            },
            {
              target: ["server/errors", "server/db"],
              from: [
                "server/traceability",
                "server/import",
                "server/schema",
                "server/graphql",
                "server/http",
                "server/resolvers",
                "server/auth",
                "server/app.ts",
              ],
              message:
                "errors and db are the bottom layers (typed errors, the driver, Cypher files, migrations): the API layers use them, never the reverse.",
            },
            {
              target: ["server/traceability", "server/import"],
              from: [
                "server/schema",
                "server/graphql",
                "server/http",
                "server/resolvers",
                "server/auth",
                "server/app.ts",
              ],
              message:
                "traceability and import are the domain layer (named Cypher, the import core): they know nothing of GraphQL wiring, HTTP or authentication, so the CLIs and benchmarks can call them directly.",
            },
            {
              target: [
                ...SERVER_FOLDERS.map((f) => `server/${f}`),
                ...SERVER_TOP_FILES.filter((f) => f !== "server/main.ts"),
              ],
              from: "seed",
              message:
                "seed/ builds on the server (the import core in server/import), never the reverse; only server/main.ts, the composition root that loads the demo estate at start, imports seed/.",
            },
            ...entryZones(otherServerParts),
          ],
        },
      ],
    },
  },
  // The CLIs, the local Neo4j and the benchmarks use the server through its folders' entries.
  {
    files: ["seed/**/*.ts", "neo4j/**/*.ts", "bench/**/*.ts"],
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        { basePath: import.meta.dirname, zones: entryZones(() => ["seed", "neo4j", "bench"]) },
      ],
    },
  },
  // Client zones. Layers point one way: graph/ (pure) <- state/ (reducer, loading hooks) <- actions/ <-
  // components/; api/ is the one door to the server and only state/ opens it. Each message says why.
  {
    files: ["client/**/*.{ts,tsx}"],
    rules: {
      "import-x/no-restricted-paths": [
        "error",
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: "client/src/graph",
              from: ["client/src/state", "client/src/actions", "client/src/components"],
              message:
                "client/src/graph holds pure graph transforms tested in Node: it knows nothing of state, commands or components (they build on it, not the reverse).",
            },
            {
              target: "client/src/graph",
              from: "client/src/api",
              except: ["./generated"],
              message:
                "client/src/graph does no I/O: it may name the generated response types (import type from api/generated), never send a request.",
            },
            {
              target: "client/src/state",
              from: ["client/src/components", "client/src/actions"],
              message:
                "client/src/state (view state and the loading hooks) sits below commands and components: they use it, never the reverse.",
            },
            {
              target: "client/src/actions",
              from: ["client/src/components", "client/src/api"],
              message:
                "Commands are data over an ActionContext: they dispatch view actions and never render or fetch.",
            },
            {
              target: "client/src/components",
              from: "client/src/api",
              message:
                "Components render, hooks load: load through a hook in client/src/state (useLoad and the hooks built on it own abort, stale-response drop and typed errors), never through client/src/api.",
            },
            {
              target: "client",
              from: "server",
              except: ["./model", "./traceability/limits.ts"],
              message:
                "The client bundles only the pure meta-model (server/model) and the shared limits (server/traceability/limits.ts): any other server module would pull the driver and server code into the browser.",
            },
            ...entryZones(() => "client"),
          ],
        },
      ],
    },
  },
  {
    files: ["client/src/graph/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "react/*", "react-dom/*"],
              message:
                "client/src/graph holds pure graph transforms tested in Node: no React (components and hooks live in components/ and state/).",
            },
            {
              group: ["**/api/generated/*"],
              allowTypeImports: true,
              message:
                "client/src/graph names the generated response types only (import type): the documents are sent by state/, not from here.",
            },
          ],
        },
      ],
    },
  },
  {
    // Generated by GraphQL Code Generator (codegen.ts); a unit test keeps it equal to a fresh generation.
    files: ["client/src/api/generated/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
