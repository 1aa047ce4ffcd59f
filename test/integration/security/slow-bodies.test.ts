import { connect } from "node:net";
import type { Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gql, signTestToken, startTestServer } from "../support/server.ts";
import type { TestServer } from "../support/server.ts";

/**
 * Slow request bodies (slowloris on the body): sockets that announce a body and then send nothing must not hold
 * the request slots, and must be cut at the body deadline, while normal requests, with a token and without,
 * keep answering at once.
 */
const BODY_TIMEOUT_MS = 2000;
// A request that needs no database: the timing measures waiting for the server, not Neo4j on a busy machine.
const QUERY = `{ __typename }`;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { BODY_TIMEOUT_MS: String(BODY_TIMEOUT_MS) } });
  // Warm up (first query plans, JIT) so that the timings below measure waiting, not a cold start.
  for (let i = 0; i < 3; i++) await gql(server.url, QUERY);
});
afterAll(() => server?.close());

interface SlowSocket {
  socket: Socket;
  opened: number;
  closed: Promise<number>;
}

/** Sends the headers of a 1,000-byte JSON body and its first bytes, then nothing. */
function openSlowBody(port: number): Promise<SlowSocket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    const opened = performance.now();
    const closed = new Promise<number>((done) => socket.once("close", () => done(performance.now())));
    socket.on("data", () => undefined);
    socket.once("error", () => undefined);
    socket.once("connect", () => {
      socket.write(
        `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
          `Content-Length: 1000\r\n\r\n{"query":"`,
      );
      resolve({ socket, opened, closed });
    });
    socket.once("error", reject);
  });
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

describe("slow request bodies", () => {
  it("hold no request slot: 64 slow sockets open, normal requests answer in < 1 s, the slow ones are cut within the body deadline", async () => {
    const token = await signTestToken({ roles: ["viewer"] });
    const slow = await Promise.all(Array.from({ length: 64 }, () => openSlowBody(server.port)));
    // Let the server see every slow request (headers in, body pending) before the normal ones arrive.
    await new Promise((r) => setTimeout(r, 300));

    const [authenticated, anonymous] = await Promise.all([
      timed(() => gql(server.url, QUERY, undefined, token)),
      timed(() => gql(server.url, QUERY)),
    ]);
    expect(authenticated.value.status).toBe(200);
    expect(anonymous.value.status).toBe(200);
    const answered = `authenticated ${Math.round(authenticated.ms)} ms, anonymous ${Math.round(anonymous.ms)} ms`;
    expect(authenticated.ms, answered).toBeLessThan(1000);
    expect(anonymous.ms, answered).toBeLessThan(1000);

    const lifetimes = await Promise.all(slow.map(async (s) => (await s.closed) - s.opened));
    // Cut by the server: at the deadline, or earlier to keep one client's unfinished bodies under its cap.
    expect(Math.max(...lifetimes)).toBeLessThan(BODY_TIMEOUT_MS + 1000);
  });

  it("answers a body that stops arriving with 408 LIMIT_EXCEEDED (BODY_TIMEOUT) and closes the connection", async () => {
    const { socket, closed } = await openSlowBody(server.port);
    let response = "";
    socket.on("data", (chunk: Buffer) => (response += chunk.toString("utf8")));
    await closed;
    expect(response).toMatch(/^HTTP\/1\.1 408/);
    expect(response).toContain('"code":"LIMIT_EXCEEDED"');
    expect(response).toContain('"reason":"BODY_TIMEOUT"');
  });
});
