import type { LoadProgress } from "../server/import/index.ts";

/**
 * A progress reporter for the loader: a redrawn bar with objects/s and ETA on a terminal, plain lines (at
 * most one every 5 s, and at the end of each phase) otherwise, e.g. in CI logs.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr): (p: LoadProgress) => void {
  let lastLine = 0;
  return (p) => {
    const rate = p.elapsedSeconds > 0 ? p.done / p.elapsedSeconds : 0;
    const eta = rate > 0 ? (p.total - p.done) / rate : 0;
    const pct = p.total > 0 ? p.done / p.total : 1;
    const text = `${p.phase.padEnd(13)} ${p.done.toLocaleString("en")}/${p.total.toLocaleString("en")} ${(pct * 100).toFixed(0).padStart(3)}%  ${Math.round(rate).toLocaleString("en")}/s  ETA ${formatSeconds(eta)}`;
    const finished = p.done >= p.total;
    if (stream.isTTY) {
      const width = 24;
      const filled = Math.round(pct * width);
      stream.write(
        `\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${text}\u001b[K${finished ? "\n" : ""}`,
      );
      return;
    }
    const now = Date.now();
    if (finished || now - lastLine >= 5000) {
      lastLine = now;
      stream.write(`${text}\n`);
    }
  };
}

export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}
