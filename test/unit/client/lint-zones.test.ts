import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The client's layer zones in eslint.config.js fire: each case lints a small fixture as if it were a file in
 * that folder (the imports resolve against the real tree) and names the rule and the reason it reports.
 */
const root = fileURLToPath(new URL("../../../", import.meta.url));
let eslint: ESLint;

// Loading the config, the TypeScript parser and the import resolver takes seconds on a busy machine: once.
beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  await eslint.lintText("export {};\n", { filePath: `${root}client/src/graph/warm-up.ts` });
}, 60_000);

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe("client lint zones", () => {
  it("a component importing client/src/api directly fails: components load through hooks", async () => {
    const found = await problems(
      "client/src/components/Fixture.tsx",
      'import { graphql } from "../api/index.ts";\nexport const f = graphql;\n',
    );
    expect(found).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*Components render, hooks load/),
    ]);
  });

  it("a component loading through a state hook passes", async () => {
    const found = await problems(
      "client/src/components/Fixture.tsx",
      'import { useDetails } from "../state/use-queries.ts";\nexport const f = useDetails;\n',
    );
    expect(found).toEqual([]);
  });

  it("state importing a component fails", async () => {
    const found = await problems(
      "client/src/state/fixture.ts",
      'import { Legend } from "../components/Legend.tsx";\nexport const f = Legend;\n',
    );
    expect(found).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*client\/src\/state/)]);
  });

  it("graph/ stays pure: no React, no request, generated types only as types", async () => {
    const react = await problems(
      "client/src/graph/fixture.ts",
      'import { useState } from "react";\nexport const f = useState;\n',
    );
    expect(react).toEqual([expect.stringMatching(/no-restricted-imports: .*no React/)]);
    const api = await problems(
      "client/src/graph/fixture.ts",
      'import { graphql } from "../api/graphql.ts";\nexport const f = graphql;\n',
    );
    expect(api).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*client\/src\/graph does no I\/O/),
    ]);
    const documentValue = await problems(
      "client/src/graph/fixture.ts",
      'import { TraceDocument } from "../api/generated/operations.ts";\nexport const f = TraceDocument;\n',
    );
    expect(documentValue).toEqual([expect.stringMatching(/no-restricted-imports: .*import type/)]);
    const typeOnly = await problems(
      "client/src/graph/fixture.ts",
      'import type { TraceQuery } from "../api/generated/operations.ts";\nexport type F = TraceQuery;\n',
    );
    expect(typeOnly).toEqual([]);
  });

  it("the client imports of the server only the meta-model and the shared limits", async () => {
    const driver = await problems(
      "client/src/state/fixture.ts",
      'import { LIMITS } from "../../../server/traceability/index.ts";\nexport const f = LIMITS;\n',
    );
    expect(driver).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*The client bundles only/),
    ]);
    const limits = await problems(
      "client/src/state/fixture.ts",
      'import { LIMITS } from "../../../server/traceability/limits.ts";\nexport const f = LIMITS;\n',
    );
    expect(limits).toEqual([]);
  });
});
