/**
 * The moments of a load the client benchmark splits navigation → drawn into (`performance.mark`s, read back
 * with performance.getEntriesByName): the lineage request sent and its body received, the body parsed, the
 * view built (layout and elements), the elements in Cytoscape, and the first frame drawn after that.
 */
export type MarkName =
  | "explorer:fetch-start"
  | "explorer:fetch-end"
  | "explorer:parsed"
  | "explorer:view-built"
  | "explorer:cy-added"
  | "explorer:first-frame";

export function mark(name: MarkName): void {
  performance.mark(name);
}
