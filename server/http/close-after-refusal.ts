import type { IncomingMessage } from "node:http";

/**
 * The connection of a request whose body was refused before all of it had arrived. Its answer must carry
 * `Connection: close` (the caller sets it): a client told to keep the connection would send its next request
 * behind the unread rest of this body, and the cut below would then reset that request (ECONNRESET).
 *
 * The close is a lingering one. Node ends a `Connection: close` response's socket with destroySoon(): end, then
 * destroy as soon as the answer is written; with body bytes still unread, that destroy sends a reset, which can
 * reach the client before it has read the answer. Here the socket is only half-closed (the FIN follows the
 * answer), the rest of the body is read and discarded, one piece per turn of the event loop, and the socket is
 * destroyed once the body has ended and the answer is written, or `cutMs` after the refusal, whichever is first.
 * Call it before the answer is sent.
 */
export function closeAfterRefusal(req: IncomingMessage, cutMs: number): void {
  const socket = req.socket;
  const cut = setTimeout(() => socket.destroy(), cutMs);
  socket.once("close", () => clearTimeout(cut));
  const destroyOnceWritten = () => {
    if (socket.writableFinished) socket.destroy();
    else socket.once("finish", () => socket.destroy());
  };
  socket.destroySoon = () => {
    socket.end();
    if (req.readableEnded) destroyOnceWritten();
    else req.once("end", destroyOnceWritten);
  };
  drainPieceByPiece(req);
}

/**
 * Discards the rest of a refused body one piece per turn of the event loop. A plain resume() lets libuv read
 * up to 32 pieces (2 MiB) of every draining socket in one turn: a burst of 40 refused 2 MB bodies then held
 * the loop for 90-160 ms, and /healthz with it.
 */
function drainPieceByPiece(req: IncomingMessage): void {
  req.on("data", () => {
    req.pause();
    setImmediate(() => req.resume());
  });
  req.resume();
}
