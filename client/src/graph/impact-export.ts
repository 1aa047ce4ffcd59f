import { toCsv } from "./csv.ts";
import { chainText, hopChains } from "./hop-chains.ts";
import type { Impact } from "./types.ts";

/** Impact CSV: one row per reached object with its hop chain from the root. */
export function impactCsv(impact: Impact): string {
  const rows = hopChains(impact.root.id, [impact.root, ...impact.nodes], impact.edges);
  return toCsv(
    ["depth", "id", "type", "name", "status", "chain"],
    rows.map((r) => [r.depth, r.node.id, r.node.type, r.node.name, r.node.status ?? "", chainText(r.chain)]),
  );
}
