import type { IncomingMessage } from "node:http";
import { StringDecoder } from "node:string_decoder";
import { AppError, isAppError } from "../errors/index.ts";

/** Thrown when a body is larger than allowed; the caller answers 413. */
export class BodyTooLargeError extends AppError {
  constructor(maxBytes: number) {
    super("LIMIT_EXCEEDED", `The request body is larger than ${maxBytes} bytes (MAX_BODY_BYTES).`, {
      details: { maxBytes },
    });
  }
}

/** Thrown when a body did not arrive in time (or its connection was cut); the caller answers 408 and closes. */
export class BodyTimeoutError extends AppError {
  constructor(timeoutMs: number, why = `did not arrive within ${timeoutMs} ms (BODY_TIMEOUT_MS)`) {
    super("LIMIT_EXCEEDED", `The request body ${why}.`, {
      details: { reason: "BODY_TIMEOUT", timeoutMs },
    });
  }
}

export interface ReadBodyOptions {
  maxBytes: number;
  /** The whole body must arrive within this many milliseconds of the call. */
  timeoutMs: number;
  /** Aborting it (e.g. to make room for another request of the same client) ends the read with BodyTimeoutError. */
  signal?: AbortSignal;
  /** Called whenever a piece of the body arrives. */
  onProgress?: () => void;
  /** Sees the body as text, piece by piece, while it arrives; an AppError it throws ends the read. */
  inspect?: (text: string) => void;
}

/**
 * Reads a request body up to `maxBytes` within `timeoutMs`. A declared Content-Length over the limit is refused
 * before reading; a chunked body is cut off as soon as it passes the limit; a body that trickles in too slowly
 * is cut off at the deadline (Node's own requestTimeout is checked only every 30 s); `inspect` can refuse it
 * on what has arrived so far.
 */
export async function readBody(req: IncomingMessage, options: ReadBodyOptions): Promise<string> {
  const decoder = new StringDecoder("utf8");
  const { maxBytes, timeoutMs } = options;
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) throw new BodyTooLargeError(maxBytes);
  return new Promise<string>((resolve, reject) => {
    const pieces: string[] = [];
    let size = 0;
    const finish = (error?: AppError) => {
      clearTimeout(timer);
      options.signal?.removeEventListener("abort", onAbort);
      req.off("data", onData).off("end", onEnd).off("error", onError).off("aborted", onError);
      if (error) {
        req.pause();
        reject(error);
      } else resolve(pieces.join(""));
    };
    const take = (text: string): AppError | undefined => {
      pieces.push(text);
      try {
        options.inspect?.(text);
      } catch (error) {
        if (isAppError(error)) return error;
        throw error;
      }
      return undefined;
    };
    const onData = (chunk: Buffer) => {
      options.onProgress?.();
      size += chunk.length;
      if (size > maxBytes) return finish(new BodyTooLargeError(maxBytes));
      const refused = take(decoder.write(chunk));
      if (refused) finish(refused);
    };
    const onEnd = () => finish(take(decoder.end()));
    const onError = () => finish(new BodyTimeoutError(timeoutMs, "was cut off before it was complete"));
    const onAbort = () =>
      finish(new BodyTimeoutError(timeoutMs, "was cut off to make room for the client's other requests"));
    const timer = setTimeout(() => finish(new BodyTimeoutError(timeoutMs)), timeoutMs);
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener("abort", onAbort);
    req.on("data", onData).on("end", onEnd).on("error", onError).on("aborted", onError);
  });
}
