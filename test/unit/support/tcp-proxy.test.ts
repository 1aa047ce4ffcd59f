import { connect, createServer } from "node:net";
import type { AddressInfo, Server, Socket } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startTcpProxy } from "../../support/tcp-proxy.ts";
import type { TcpProxy } from "../../support/tcp-proxy.ts";

/** The fault-injection proxy against a real echo server on loopback. */
let echo: Server;
let echoPort: number;
let proxy: TcpProxy;
const sockets: Socket[] = [];
const served = new Set<Socket>();

async function startEcho(port = 0): Promise<void> {
  echo = createServer((socket) => {
    served.add(socket);
    socket.on("close", () => served.delete(socket));
    socket.on("error", () => undefined);
    socket.pipe(socket);
  });
  await new Promise<void>((resolve) => echo.listen(port, "127.0.0.1", () => resolve()));
  echoPort = (echo.address() as AddressInfo).port;
}

async function stopEcho(): Promise<void> {
  for (const socket of served) socket.destroy();
  await new Promise<void>((resolve) => echo.close(() => resolve()));
}

beforeEach(async () => {
  await startEcho();
  proxy = await startTcpProxy({ targetPort: echoPort });
});

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await proxy.close();
  await stopEcho();
});

/** Opens a client through the proxy; resolves on connect, rejects on error. */
function open(port = proxy.port): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: "127.0.0.1" });
    sockets.push(socket);
    socket.once("connect", () => resolve(socket));
    socket.once("error", reject);
  });
}

/** Writes `text` and collects what comes back until `text.length` bytes arrived. */
function roundTrip(socket: Socket, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = "";
    const onData = (chunk: Buffer) => {
      received += chunk.toString("utf8");
      if (Buffer.byteLength(received) >= Buffer.byteLength(text)) {
        socket.off("data", onData);
        resolve(received);
      }
    };
    socket.on("data", onData);
    socket.once("error", reject);
    socket.once("close", () => reject(new Error(`closed after ${received.length} bytes`)));
    socket.write(text);
  });
}

const closed = (socket: Socket) =>
  new Promise<void>((resolve) => {
    if (socket.destroyed) resolve();
    else socket.once("close", () => resolve());
  });

describe("startTcpProxy", () => {
  it("passes bytes through both ways, in order, including large payloads", async () => {
    const socket = await open();
    expect(await roundTrip(socket, "hello bolt")).toBe("hello bolt");
    const big = "0123456789abcdef".repeat(64 * 1024); // 1 MiB
    expect(await roundTrip(socket, big)).toBe(big);
    expect(proxy.openConnections).toBe(1);
    expect(proxy.acceptedConnections).toBe(1);
  });

  it("cutAll() closes every open connection, and new ones still pass", async () => {
    const a = await open();
    const b = await open();
    await roundTrip(a, "a");
    await roundTrip(b, "b");
    proxy.cutAll();
    await Promise.all([closed(a), closed(b)]);
    expect(proxy.openConnections).toBe(0);
    const c = await open();
    expect(await roundTrip(c, "again")).toBe("again");
  });

  it("refuseNew(true) closes new connections at once and cuts open ones; refuseNew(false) restores", async () => {
    const before = await open();
    await roundTrip(before, "x");
    proxy.refuseNew(true);
    await closed(before);
    const refused: Socket | Error = await open().catch((error: Error) => error);
    if (!(refused instanceof Error)) {
      // The kernel accepted the TCP handshake; the proxy must then close it without passing anything.
      await expect(roundTrip(refused, "ping")).rejects.toThrow();
    }
    expect(proxy.openConnections).toBe(0);
    proxy.refuseNew(false);
    expect(await roundTrip(await open(), "back")).toBe("back");
  });

  it("setLatency(ms) delays every chunk, and 0 removes the delay", async () => {
    const socket = await open();
    proxy.setLatency(150);
    const started = performance.now();
    expect(await roundTrip(socket, "slow")).toBe("slow");
    // One delay on the way in and one on the way out.
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    proxy.setLatency(0);
    const fast = performance.now();
    await roundTrip(socket, "fast");
    expect(performance.now() - fast).toBeLessThan(150);
    expect(() => proxy.setLatency(-1)).toThrow(RangeError);
  });

  it("closes the client when the target is down", async () => {
    await stopEcho();
    const socket = await open();
    await closed(socket);
    expect(proxy.openConnections).toBe(0);
    await startEcho(echoPort);
    expect(await roundTrip(await open(), "up again")).toBe("up again");
  });

  it("close() stops listening", async () => {
    const socket = await open();
    await proxy.close();
    await closed(socket);
    await expect(open()).rejects.toThrow(/ECONNREFUSED/);
    proxy = await startTcpProxy({ targetPort: echoPort });
  });
});
