import type { IncomingMessage } from "node:http";
import { AppError } from "../errors/index.ts";

/** Thrown when a body is larger than allowed; the caller answers 413. */
export class BodyTooLargeError extends AppError {
  constructor(maxBytes: number) {
    super("LIMIT_EXCEEDED", `The request body is larger than ${maxBytes} bytes (MAX_BODY_BYTES).`, {
      details: { maxBytes },
    });
  }
}

/**
 * Reads a request body up to `maxBytes`. A declared Content-Length over the limit is refused before reading;
 * a chunked body is cut off as soon as it passes the limit.
 */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) throw new BodyTooLargeError(maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxBytes) throw new BodyTooLargeError(maxBytes);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
