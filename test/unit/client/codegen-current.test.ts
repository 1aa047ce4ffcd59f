import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "@graphql-codegen/cli";
import { format, resolveConfig } from "prettier";
import { describe, expect, it } from "vitest";
import config from "../../../codegen.ts";

/**
 * The client's operation types are generated from the server's schema (codegen.ts): the committed
 * client/src/api/generated/operations.ts must equal a fresh generation, so a changed schema or operation
 * fails here until `npm run codegen` is run and its output committed (as the schema snapshot test does).
 */
const root = fileURLToPath(new URL("../../../", import.meta.url));

describe("generated client operations", () => {
  it("are current with the schema snapshot and client/src/api/operations/*.graphql (run npm run codegen)", async () => {
    const outputs = await generate({ ...config, cwd: root, silent: true, hooks: {} }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const path = resolve(root, output.filename);
      const expected = await format(output.content, { ...(await resolveConfig(path)), filepath: path });
      expect(readFileSync(path, "utf8"), `${output.filename} is stale: run npm run codegen`).toBe(expected);
    }
  }, 60_000);
});
