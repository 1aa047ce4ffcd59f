import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The server's layer rules in eslint.config.js fire: each case lints a small fixture as if it were a file in
 * that folder (imports resolve against the real tree) and names the rule and its reason.
 */
const root = fileURLToPath(new URL("../../../", import.meta.url));
let eslint: ESLint;

beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  await eslint.lintText("export {};\n", { filePath: `${root}server/model/warm-up.ts` });
}, 60_000);

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe("server lint zones", () => {
  it("server/model importing the driver fails: the model is pure data the browser bundles", async () => {
    const found = await problems(
      "server/model/fixture.ts",
      'import neo4j from "neo4j-driver";\nexport const f = neo4j;\n',
    );
    expect(found).toEqual([expect.stringMatching(/^no-restricted-imports: .*server\/model is the hub/)]);
  });

  it("server/model importing another server folder fails", async () => {
    const found = await problems(
      "server/model/fixture.ts",
      'import { loadCypher } from "../db/index.ts";\nexport const f = loadCypher;\n',
    );
    expect(found).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*server\/model is the hub/),
    ]);
  });

  it("traceability importing the GraphQL wiring fails; importing db passes", async () => {
    expect(
      await problems(
        "server/traceability/fixture.ts",
        'import { createApollo } from "../graphql/index.ts";\nexport const f = createApollo;\n',
      ),
    ).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*domain layer/)]);
    expect(
      await problems(
        "server/traceability/fixture.ts",
        'import { loadCypher } from "../db/index.ts";\nexport const f = loadCypher;\n',
      ),
    ).toEqual([]);
  });

  it("reaching past a folder's index.ts fails, from the server, the benchmarks and the client; the entry passes", async () => {
    const entry = /^import-x\/no-restricted-paths: .*server\/graphql is used through its entry/;
    expect(
      await problems(
        "server/http/fixture.ts",
        'import { checkTokenLimit } from "../graphql/token-limit.ts";\nexport const f = checkTokenLimit;\n',
      ),
    ).toEqual([expect.stringMatching(entry)]);
    expect(
      await problems(
        "server/http/fixture.ts",
        'import { checkTokenLimit } from "../graphql/index.ts";\nexport const f = checkTokenLimit;\n',
      ),
    ).toEqual([]);
    expect(
      await problems(
        "bench/fixture.ts",
        'import { toParams } from "../server/traceability/neo4j-values.ts";\nexport const f = toParams;\n',
      ),
    ).toEqual([expect.stringMatching(/server\/traceability is used through its entry/)]);
    expect(
      await problems(
        "client/src/graph/fixture.ts",
        'import { LINK_ROLES } from "../../../server/model/roles.ts";\nexport const f = LINK_ROLES;\n',
      ),
    ).toEqual([expect.stringMatching(/server\/model is used through its entry/)]);
  });

  it("only server/main.ts, the composition root, imports seed/", async () => {
    const code =
      'import { seedDemoIfEmpty } from "../../seed/index.ts";\nexport const f = seedDemoIfEmpty;\n';
    expect(await problems("server/traceability/fixture.ts", code)).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*seed\/ builds on the server/),
    ]);
    expect(
      await problems(
        "server/main.ts",
        'import { seedDemoIfEmpty } from "../seed/index.ts";\nexport const f = seedDemoIfEmpty;\n',
      ),
    ).toEqual([]);
    expect(await problems("server/app.ts", code.replace("../../", "../"))).toEqual([
      expect.stringMatching(/seed\/ builds on the server/),
    ]);
  });
});
