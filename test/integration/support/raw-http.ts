import { connect } from "node:net";
import type { Socket } from "node:net";

export interface RawResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

/** How a raw connection ended: "end" for an orderly close (the server's FIN, no error), else the error's code. */
export type Ending = "end" | string;

export interface RawConnection {
  socket: Socket;
  /** The next complete response (Content-Length bodies only), in the order they arrive. */
  nextResponse(): Promise<RawResponse>;
  /** Resolves when the socket has closed, with how it ended. */
  closed: Promise<Ending>;
}

/**
 * One HTTP/1.1 connection driven by hand, so that a test decides what goes on which socket and sees whether
 * the server closed it with a FIN or reset it (fetch hides both). With `allowHalfOpen` the client can go on
 * writing after the server's FIN, as a client does that sends its whole body before it reads the answer.
 */
export function openRaw(port: number, options: { allowHalfOpen?: boolean } = {}): Promise<RawConnection> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: "127.0.0.1", allowHalfOpen: options.allowHalfOpen ?? false });
    let buffer = Buffer.alloc(0);
    let ending: Ending | undefined;
    const waiting: (() => void)[] = [];
    const wake = () => waiting.splice(0).forEach((w) => w());
    socket.on("data", (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      wake();
    });
    socket.once("end", () => (ending ??= "end"));
    // An error after the FIN still counts: a reset that follows it is what a lingering close avoids.
    socket.on("error", (error: NodeJS.ErrnoException) => (ending = error.code ?? error.message));
    const closed = new Promise<Ending>((done) =>
      socket.once("close", () => {
        done(ending ?? "closed");
        wake();
      }),
    );
    const take = (): RawResponse | undefined => {
      const end = buffer.indexOf("\r\n\r\n");
      if (end < 0) return undefined;
      const [statusLine = "", ...lines] = buffer.subarray(0, end).toString("latin1").split("\r\n");
      const headers = Object.fromEntries(
        lines.map((l) => [
          l.slice(0, l.indexOf(":")).trim().toLowerCase(),
          l.slice(l.indexOf(":") + 1).trim(),
        ]),
      );
      const length = Number(headers["content-length"] ?? 0);
      if (buffer.length < end + 4 + length) return undefined;
      const body = buffer.subarray(end + 4, end + 4 + length).toString("utf8");
      buffer = buffer.subarray(end + 4 + length);
      return { status: Number(statusLine.split(" ")[1]), headers, body };
    };
    const nextResponse = () =>
      new Promise<RawResponse>((done, fail) => {
        const attempt = () => {
          const response = take();
          if (response) return done(response);
          if (socket.destroyed)
            return fail(new Error(`connection closed (${ending ?? "closed"}) before a response`));
          waiting.push(attempt);
        };
        attempt();
      });
    socket.once("connect", () => resolve({ socket, nextResponse, closed }));
    socket.once("error", reject);
  });
}

/** A POST /graphql request's head and body as bytes; `contentLength` may claim more than `body` holds. */
export function rawPost(options: {
  body: string;
  headers?: Record<string, string>;
  contentLength?: number;
}): Buffer {
  const headers = {
    host: "127.0.0.1",
    "content-type": "application/json",
    "content-length": String(options.contentLength ?? Buffer.byteLength(options.body)),
    ...options.headers,
  };
  const head = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join("");
  return Buffer.concat([Buffer.from(`POST /graphql HTTP/1.1\r\n${head}\r\n`), Buffer.from(options.body)]);
}

/** A GET request's bytes (no body), e.g. for /healthz. */
export function rawGet(path: string): Buffer {
  return Buffer.from(`GET ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n`);
}
