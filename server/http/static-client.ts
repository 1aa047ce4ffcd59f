import { createReadStream, existsSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

const NOT_BUILT = `<!doctype html><html><head><meta charset="utf-8"><title>IT4IT traceability explorer</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto">
<h1>IT4IT traceability explorer</h1>
<p>The server is running, but the client has not been built yet.</p>
<p>Run <code>npm run build</code> (or <code>npm start</code>, which builds first), then reload this page.</p>
<p>The GraphQL API answers at <a href="/graphql">/graphql</a>; health at <a href="/healthz">/healthz</a> and
<a href="/readyz">/readyz</a>.</p></body></html>`;

/**
 * Serves the built client from `root` (dist/client): files as they are (hashed assets cached for a year),
 * and index.html for any other GET that accepts HTML (client-side routes). Without a build it answers with a
 * page saying how to build it.
 */
export function serveClient(req: IncomingMessage, res: ServerResponse, root: string): void {
  const base = resolve(root);
  const pathname = decodeURIComponentSafe(new URL(req.url ?? "/", "http://localhost").pathname);
  const candidate = pathname === undefined ? undefined : normalize(join(base, pathname));
  const inside = candidate !== undefined && (candidate === base || candidate.startsWith(base + sep));
  if (inside && existsSync(candidate) && statSync(candidate).isFile()) {
    return sendFile(res, candidate, req.method === "HEAD", pathname?.startsWith("/assets/") ?? false);
  }
  const index = join(base, "index.html");
  const accept = req.headers.accept ?? "*/*";
  const wantsHtml = accept.includes("text/html") || accept.includes("*/*");
  if (!wantsHtml || extname(pathname ?? "") !== "") {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    res.end("Not found\n");
    return;
  }
  if (existsSync(index)) return sendFile(res, index, req.method === "HEAD", false);
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(req.method === "HEAD" ? undefined : NOT_BUILT);
}

function sendFile(res: ServerResponse, path: string, headOnly: boolean, immutable: boolean): void {
  res.writeHead(200, {
    "content-type": TYPES[extname(path)] ?? "application/octet-stream",
    "content-length": statSync(path).size,
    "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
    "x-content-type-options": "nosniff",
  });
  if (headOnly) res.end();
  else createReadStream(path).pipe(res);
}

function decodeURIComponentSafe(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}
