import { defineConfig } from "vitest/config";

// One graphql instance: @neo4j/graphql (CommonJS) requires graphql's CommonJS build, so tests must import the
// same build, not the ESM one Vite would pick ("Cannot use GraphQLObjectType from another module or realm").
const resolve = { alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }] };

// Three tiers, each its own npm script: unit (no database, no browser), integration (real Neo4j over Bolt,
// real HTTP), e2e (real Chromium against the built client and a running server).
export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          include: ["test/unit/**/*.test.ts", "test/unit/**/*.test.tsx"],
          environment: "node",
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          globalSetup: ["test/integration/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        resolve,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          globalSetup: ["test/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
