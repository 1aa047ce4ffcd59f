import { RELATIONSHIP_VERBS } from "../../../server/model/index.ts";
import type { WhyHerePath } from "./types.ts";
import { camelWords } from "./words.ts";

/**
 * "SA-2026-01 authorizes INI-301, which delivers REL-PAY-2.0, …": a hop chain in words, root first. Each hop
 * reads from the object before it: a link walked its own way with the relationship's verb, one walked against
 * it with the inverse ("is experienced by" reads "experienced by"). Pure.
 */
export function whyText(path: WhyHerePath): string {
  const [first, ...rest] = path.nodes;
  if (!first) return "";
  let text = first.id;
  rest.forEach((node, i) => {
    const edge = path.edges[i];
    const before = path.nodes[i]?.id;
    const verb = edge ? RELATIONSHIP_VERBS[edge.type] : undefined;
    const phrase = !edge || !verb ? "→" : camelWords(edge.from === before ? verb.outgoing : verb.incoming);
    text += `${i === 0 ? " " : ", which "}${phrase} ${node.id}`;
  });
  return text;
}

/** The ids of a hop chain's objects and links, to highlight on the graph. Pure. */
export function whyHighlight(path: WhyHerePath | null): Set<string> {
  return new Set(path ? [...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)] : []);
}
