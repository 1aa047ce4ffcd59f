import { spawn } from "node:child_process";

/** How many ids the oversized body carries: far over MAX_LIST_ITEMS, about 1.8 MB of JSON. */
export const OVERSIZED_IDS = 150_000;
export const OVERSIZED_QUERY = `query ($l: [ID!]) { dataObjects(where: { id: { in: $l } }) { id } }`;

/** A GraphQL request body with OVERSIZED_IDS ids in one list variable. */
export function oversizedBody(): string {
  const ids = Array.from({ length: OVERSIZED_IDS }, (_, i) => `DO-${String(i).padStart(6, "0")}`);
  return JSON.stringify({ query: OVERSIZED_QUERY, variables: { l: ids } });
}

/** What a burst's requests were answered. */
export interface BurstResult {
  /** Refused as BAD_USER_INPUT. */
  refused: number;
  /** Of those, refused before the body was read: a partial item count in the message, `Connection: close`. */
  beforeRead: number;
}

export interface Burst {
  /** Whether every request has been answered. */
  done(): boolean;
  result: Promise<BurstResult>;
}

/**
 * `waves` rounds of `count` concurrent POSTs of the oversized body to `url`/graphql, sent from a child process
 * so that only the server's work shares the caller's event loop. The body reaches the child on its stdin.
 */
export function spawnOversizedBurst(options: {
  url: string;
  token?: string;
  count: number;
  waves?: number;
}): Burst {
  const headers = {
    "content-type": "application/json",
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
  };
  const script = `
    const one = (body) => fetch(${JSON.stringify(`${options.url}/graphql`)}, { method: "POST", headers: ${JSON.stringify(headers)}, body })
      .then(async (r) => {
        const j = await r.json();
        const refused = j.errors?.[0]?.extensions?.code === "BAD_USER_INPUT";
        const count = Number(/has (\\d+) items/.exec(j.errors?.[0]?.message ?? "")?.[1]);
        return { refused, beforeRead: refused && count < ${OVERSIZED_IDS} && r.headers.get("connection") === "close" };
      }, () => ({ refused: false, beforeRead: false }));
    const chunks = [];
    process.stdin.on("data", (c) => chunks.push(c)).on("end", async () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const all = [];
      for (let w = 0; w < ${options.waves ?? 1}; w++) all.push(...(await Promise.all(Array.from({ length: ${options.count} }, () => one(body)))));
      process.stdout.write(JSON.stringify({ refused: all.filter((x) => x.refused).length, beforeRead: all.filter((x) => x.beforeRead).length }));
    });
  `;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["pipe", "pipe", "inherit"] });
  child.stdin.end(oversizedBody());
  let finished = false;
  const result = new Promise<BurstResult>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    child.once("error", reject);
    child.once("exit", () => {
      finished = true;
      try {
        resolve(JSON.parse(out) as BurstResult);
      } catch {
        reject(new Error(`burst process printed ${out.slice(0, 200)}`));
      }
    });
  });
  return { done: () => finished, result };
}
