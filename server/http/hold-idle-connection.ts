import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * How long a connection that has answered a request (any route) waits, idle, for the client's next request: far
 * longer than the `Keep-Alive: timeout=5` it advertises (Node's keepAliveTimeout, closed at 6 s). Node's fetch
 * (undici) reuses a connection for the advertised timeout minus 2 s, measured by a clock that advances 499 ms
 * per timer tick however late the tick runs; on a loaded event loop it sent requests on connections idle for
 * over 6 s just as Node closed them, with the request unread, which resets it (ECONNRESET). Clients still
 * close idle connections at the advertised timeout; this only keeps the server from closing them first.
 */
export const IDLE_CONNECTION_MS = 30_000;

/**
 * Call before answering. Once the answer is written, and only if Node keeps the connection for another
 * request (it has just set its keep-alive timer; a `Connection: close` answer ends the socket instead), the
 * connection waits IDLE_CONNECTION_MS; Node clears that timer when the next request arrives.
 */
export function holdIdleConnection(req: IncomingMessage, res: ServerResponse): void {
  res.once("finish", () => {
    const socket = req.socket;
    if (!socket.writableEnded && socket.timeout) socket.setTimeout(IDLE_CONNECTION_MS);
  });
}
