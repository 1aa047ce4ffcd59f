import type { OfflineLoadSummary } from "./offline-load.ts";

/** The offline load's closing line: counts, where the time went and the rate. */
export function printOfflineSummary(summary: OfflineLoadSummary): void {
  const total = summary.csvSeconds + summary.importSeconds;
  console.log(
    `Offline import: ${summary.nodes.toLocaleString("en")} nodes and ${summary.relationships.toLocaleString("en")} relationships ` +
      `in ${total.toFixed(1)} s (CSV ${summary.csvSeconds.toFixed(1)} s, import tool ${summary.importSeconds.toFixed(1)} s): ` +
      `${Math.round(summary.perSecond).toLocaleString("en")} nodes+relationships/s; then started Neo4j and applied ` +
      `${summary.migrations.length} migration(s) in ${summary.startSeconds.toFixed(1)} s ` +
      `(${Math.round((summary.nodes + summary.relationships) / (total + summary.startSeconds)).toLocaleString("en")}/s end to end).`,
  );
}
