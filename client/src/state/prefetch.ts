import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import { ImpactDocument, LineageDocument, TraceDocument, graphql } from "../api/index.ts";
import type { ViewState } from "../graph/url-state.ts";
import { impactVariables, lineageVariables, traceVariables } from "./graph-requests.ts";

type Document<T, V> = DocumentTypeDecoration<T, V> & { toString(): string };

/** Answers requested before the view asked for them, each waiting for the first load that sends the same. */
const early = new Map<string, Promise<unknown>>();

const keyOf = (document: { toString(): string }, variables: unknown) =>
  `${document.toString()}\n${JSON.stringify(variables)}`;

function sendEarly<T, V>(document: Document<T, V>, variables: V): void {
  const answer = graphql(document, variables);
  // A failure surfaces when the view takes the answer (never as an unhandled rejection before).
  answer.catch(() => undefined);
  early.set(keyOf(document, variables), answer);
}

/**
 * Sends the first request a deep link's view needs (its lineage, impact or trace) at once. It runs from the
 * client's small entry (client/src/main.ts), so the server works on the answer while the browser is
 * still loading React and Cytoscape. Nothing for the landing page or coverage.
 */
export function prefetchGraph(state: ViewState): void {
  if (!state.root || state.view === "coverage") return;
  const s = { ...state, root: state.root };
  if (state.view === "impact") sendEarly(ImpactDocument, impactVariables(s));
  else if (state.view === "trace") sendEarly(TraceDocument, traceVariables(s));
  else sendEarly(LineageDocument, lineageVariables(s));
}

/** One request: the early answer when one was sent for exactly this request (taken once), else a new one. */
export function graphqlOnce<T, V>(document: Document<T, V>, variables: V, signal: AbortSignal): Promise<T> {
  const key = keyOf(document, variables);
  const answer = early.get(key);
  if (!answer) return graphql(document, variables, signal);
  early.delete(key);
  return answer as Promise<T>;
}
