import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App.tsx";
import { decodeState } from "./graph/url-state.ts";
import { prefetchGraph } from "./state/prefetch.ts";
import "./styles.css";

// A deep link's graph starts loading now, in parallel with React's first render.
prefetchGraph(decodeState(location.search));

const root = document.getElementById("root");
if (!root) throw new Error("cannot happen: index.html has no #root");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
