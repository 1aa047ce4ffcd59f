// The client's entry, kept small on purpose: a deep link's graph request leaves first, then the app (React,
// Cytoscape and every view: most of the client's bytes) is loaded and compiled while the server answers.
// Sent after the app had loaded, the request waited for all of it.
import { decodeState } from "./graph/url-state.ts";
import { prefetchGraph } from "./state/prefetch.ts";

prefetchGraph(decodeState(location.search));
void import("./start-app.tsx");
