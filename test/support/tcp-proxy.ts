import { connect, createServer } from "node:net";
import type { AddressInfo, Server, Socket } from "node:net";

/**
 * A test-only TCP proxy for fault injection in front of a real service (Neo4j's Bolt port): it passes bytes
 * through both ways and can cut every open connection, refuse new ones, or delay every chunk.
 */
export interface TcpProxy {
  /** The port the proxy listens on (127.0.0.1). */
  readonly port: number;
  /** Connections currently open through the proxy. */
  readonly openConnections: number;
  /** Connections accepted and passed through since the start. */
  readonly acceptedConnections: number;
  /** Destroys every open connection (both sides), as a network failure would. */
  cutAll(): void;
  /** While on, new connections are closed at once (reset) and open ones are cut. */
  refuseNew(on: boolean): void;
  /** Delays every chunk in both directions by `ms` (0 for none). */
  setLatency(ms: number): void;
  /** Stops listening and cuts every connection. */
  close(): Promise<void>;
}

export interface TcpProxyOptions {
  /** Where to forward to. */
  targetPort: number;
  targetHost?: string;
  /** Port to listen on; 0 (default) picks a free one. */
  listenPort?: number;
}

interface Pair {
  client: Socket;
  upstream: Socket;
}

/** Starts a proxy on 127.0.0.1 and resolves once it listens. */
export async function startTcpProxy(options: TcpProxyOptions): Promise<TcpProxy> {
  const pairs = new Set<Pair>();
  let refusing = false;
  let latencyMs = 0;
  let accepted = 0;

  const cut = (pair: Pair) => {
    pair.client.destroy();
    pair.upstream.destroy();
    pairs.delete(pair);
  };

  const server: Server = createServer((client) => {
    if (refusing) {
      client.resetAndDestroy();
      return;
    }
    accepted += 1;
    client.pause();
    const upstream = connect({ port: options.targetPort, host: options.targetHost ?? "127.0.0.1" });
    const pair: Pair = { client, upstream };
    pairs.add(pair);
    pipe(client, upstream, () => latencyMs);
    pipe(upstream, client, () => latencyMs);
    upstream.once("connect", () => client.resume());
    for (const socket of [client, upstream]) {
      socket.setNoDelay(true);
      socket.on("error", () => cut(pair));
      socket.on("close", () => cut(pair));
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.listenPort ?? 0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  return {
    port,
    get openConnections() {
      return pairs.size;
    },
    get acceptedConnections() {
      return accepted;
    },
    cutAll() {
      for (const pair of [...pairs]) cut(pair);
    },
    refuseNew(on: boolean) {
      refusing = on;
      if (on) for (const pair of [...pairs]) cut(pair);
    },
    setLatency(ms: number) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`latency must be >= 0 ms (got ${ms})`);
      latencyMs = ms;
    },
    async close() {
      refusing = true;
      for (const pair of [...pairs]) cut(pair);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Copies `from` to `to`, each chunk delayed by the current latency, order preserved, with backpressure. */
function pipe(from: Socket, to: Socket, latency: () => number): void {
  let queue = Promise.resolve();
  from.on("data", (chunk: Buffer) => {
    const delay = latency();
    if (delay === 0) {
      queue = queue.then(() => write(to, chunk, from));
      return;
    }
    from.pause();
    queue = queue
      .then(() => new Promise<void>((resolve) => setTimeout(resolve, delay)))
      .then(() => write(to, chunk, from))
      .then(() => {
        if (!from.destroyed) from.resume();
      });
  });
  from.on("end", () => {
    queue = queue.then(() => {
      if (!to.destroyed) to.end();
    });
  });
}

function write(to: Socket, chunk: Buffer, from: Socket): Promise<void> {
  if (to.destroyed) return Promise.resolve();
  if (to.write(chunk)) return Promise.resolve();
  from.pause();
  return new Promise<void>((resolve) => {
    to.once("drain", () => {
      if (!from.destroyed) from.resume();
      resolve();
    });
    to.once("close", () => resolve());
  });
}
