import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDriver } from "../../../server/db/index.ts";
import { isAppError } from "../../../server/errors/index.ts";
import { importDocument } from "../../../seed/index.ts";
import type { GraphDocument } from "../../../seed/index.ts";
import { startTcpProxy } from "../../support/tcp-proxy.ts";
import type { TcpProxy } from "../../support/tcp-proxy.ts";
import { testDbConfig, testDriver, uniquePrefix } from "../support/neo4j.ts";

/**
 * An import of N batches whose Neo4j connections are cut part-way: the database must hold whole batches only
 * (each batch is one transaction), and running the same import again completes it to exactly N x batch objects.
 */
const PROXY_PORT = Number(process.env.TEST_PROXY_PORT ?? 7716) + 1;
const BATCHES = 12;
const BATCH_SIZE = 250;

let proxy: TcpProxy;
let viaProxy: Driver;
const direct = testDriver();
/** Every prefix a test imported under, deleted afterwards so the shared database holds no leftovers. */
const used: string[] = [];

beforeAll(async () => {
  proxy = await startTcpProxy({ targetPort: testDbConfig().boltPort, listenPort: PROXY_PORT });
  viaProxy = createDriver({ ...testDbConfig(), uri: `bolt://127.0.0.1:${proxy.port}` });
});

afterAll(async () => {
  for (const prefix of used) {
    await direct.executeQuery("MATCH (n:DataObject) WHERE n.id STARTS WITH $p DETACH DELETE n", {
      p: `${prefix}-`,
    });
  }
  await viaProxy?.close();
  await proxy?.close();
  await direct.close();
});

function incidents(prefix: string): GraphDocument {
  used.push(prefix);
  return {
    nodes: Array.from({ length: BATCHES * BATCH_SIZE }, (_, i) => ({
      type: "Incident",
      id: `${prefix}-INC-${String(i).padStart(5, "0")}`,
      name: `Imported incident ${i}`,
      status: "NEW",
      properties: { priority: "P3" },
    })),
    relationships: [],
  };
}

async function count(prefix: string): Promise<number> {
  const { records } = await direct.executeQuery(
    "MATCH (n:DataObject) WHERE n.id STARTS WITH $prefix RETURN count(n) AS n",
    { prefix: `${prefix}-` },
  );
  return Number(records[0]?.get("n"));
}

/** Runs the import through the proxy; `onBatch(done)` may inject the fault. Resolves with the error, if any. */
async function importThroughProxy(
  document: GraphDocument,
  onBatch: (batchesDone: number) => void = () => undefined,
): Promise<unknown> {
  try {
    const result = await importDocument(viaProxy, {
      document,
      batchSize: BATCH_SIZE,
      onProgress: (p) => onBatch(Math.round(p.done / BATCH_SIZE)),
    });
    expect(result.problems).toEqual([]);
    return undefined;
  } catch (error) {
    return error;
  }
}

describe("connections cut in the middle of an import", () => {
  it("between batches: the committed batches stay, the rest is absent, a re-run completes it exactly", async () => {
    const prefix = uniquePrefix();
    const document = incidents(prefix);
    const error = await importThroughProxy(document, (done) => {
      if (done === 5) proxy.refuseNew(true);
    });
    proxy.refuseNew(false);
    expect(isAppError(error) && error.code).toBe("DB_UNAVAILABLE");
    expect(await count(prefix)).toBe(5 * BATCH_SIZE);
    expect(await importThroughProxy(document)).toBeUndefined();
    expect(await count(prefix)).toBe(BATCHES * BATCH_SIZE);
  });

  it.each([3, 15, 40, 90])(
    "while a batch is in flight (cut %i ms into it): only whole batches, then a re-run completes exactly",
    async (delayMs) => {
      const prefix = uniquePrefix();
      const document = incidents(prefix);
      proxy.setLatency(5);
      let timer: NodeJS.Timeout | undefined;
      const error = await importThroughProxy(document, (done) => {
        if (done === 4) {
          timer = setTimeout(() => proxy.refuseNew(true), delayMs);
        }
      });
      clearTimeout(timer);
      proxy.setLatency(0);
      proxy.refuseNew(false);
      const stored = await count(prefix);
      console.log(
        `[fault] import cut ${delayMs} ms into batch 5: ${stored} objects stored (${stored / BATCH_SIZE} batches)`,
      );
      expect(isAppError(error) && error.code).toBe("DB_UNAVAILABLE");
      expect(stored % BATCH_SIZE).toBe(0);
      expect(stored).toBeGreaterThanOrEqual(4 * BATCH_SIZE);
      expect(stored).toBeLessThan(BATCHES * BATCH_SIZE);
      expect(await importThroughProxy(document)).toBeUndefined();
      expect(await count(prefix)).toBe(BATCHES * BATCH_SIZE);
    },
  );
});
