import type { Impact, TraceResult } from "./types.ts";
import { countOf, valueWords } from "./words.ts";

/** The audit trace's verdict in one sentence: the same words the trace panel shows. Pure. */
export function traceVerdict(trace: TraceResult): string {
  const origins = trace.paths.map((p) => p.origin.node.id).join(", ");
  if (!trace.found) return "No approved decision found — broken chain.";
  return trace.approved
    ? `Traced to an approved portfolio decision: ${origins}.`
    : `The nearest decision (${origins}) is not approved.`;
}

/**
 * The line under an exported picture's title: what the view concluded (the trace's verdict, the impact's
 * reach) and when it was exported, so a picture read later says what it showed and as of when. Pure.
 */
export function exportCaption(input: {
  view: string;
  trace: TraceResult | null;
  impact: Impact | null;
  objects: number;
  links: number;
  at: Date;
}): string {
  const when = `exported ${valueWords(input.at.toISOString())}`;
  if (input.view === "trace" && input.trace) return `${traceVerdict(input.trace)} · ${when}`;
  if (input.view === "impact" && input.impact)
    return `${countOf(input.impact.total, "object")} downstream · ${when}`;
  return `${countOf(input.objects, "object")}, ${countOf(input.links, "link")} · ${when}`;
}
